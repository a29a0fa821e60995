# Covers: __call__, callable(), objects used as functions/decorators, stateful callables.

class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k

double = Multiplier(2)
print(double(21), list(map(Multiplier(3), [1, 2, 3])))
print(callable(double), callable(Multiplier), callable(42), callable("s"), callable(print), callable(lambda: 0))

class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.hits = 0
    def __call__(self, n):
        if n in self.cache:
            self.hits += 1
            return self.cache[n]
        r = self.func(n)
        self.cache[n] = r
        return r

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(50), fib.hits, len(fib.cache))

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, *args, **kwargs):
        self.n += 1
        return (self.n, args, kwargs)
c = Counter()
print(c(), c(1, 2), c(key="v"))

class Adder:
    def __call__(self, a, b=10, *, c=100):
        return a + b + c
print(Adder()(1), Adder()(1, 2), Adder()(1, 2, c=3))
try:
    Adder()(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(sorted(["bb", "a", "ccc"], key=len))
print(sorted(["bb", "a", "ccc"], key=Multiplier(-1).__call__ if False else len, reverse=True))
