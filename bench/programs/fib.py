# Recursive fib(27): Python-to-Python call overhead.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

fib(27)
