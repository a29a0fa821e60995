# Covers: SyntaxError "expected ':'" for an if statement missing its colon.
x = 5
if x > 3
    print("big")
