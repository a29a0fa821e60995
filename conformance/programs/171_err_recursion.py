# Covers: uncaught RecursionError from unbounded recursion: CPython prints "[Previous line repeated N more times]".
def countdown(n):
    print(n) if n % 250 == 0 else None
    return countdown(n - 1)

countdown(1000)
