# Covers: SyntaxError for an else clause without a matching if ("invalid syntax").
x = 3
print(x)
else:
    print("no")
