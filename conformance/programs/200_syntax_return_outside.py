# Covers: SyntaxError "'return' outside function" (a compile-time error, nothing runs).
print("never printed")
return 5
