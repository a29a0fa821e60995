# Covers: SyntaxError for an invalid assignment target (assigning to a function call).
def f():
    return 1

f() = 5
