# Covers: functools.wraps / update_wrapper (__name__, __doc__, __qualname__, __wrapped__, __dict__),
# lru_cache (maxsize, typed, cache_info, cache_clear, eviction order, kwargs keys, unhashable args),
# cache, lru_cache on methods, memoised recursion depth (the C wrapper counts against the recursion
# limit, so fib(600) overflows as in CPython).
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


add.extra = 1
print(add(2, 3), add.__name__, add.__doc__, add.__qualname__, add.__wrapped__.__name__, add.__module__)


def outer():
    pass


def inner():
    pass


inner.tag = "x"
functools.update_wrapper(outer, inner)
print(outer.__name__, outer.tag, outer.__wrapped__ is inner, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
print(fib(450) % 10**9, fib.cache_info().currsize)
fib.cache_clear()
try:
    fib(600)
except RecursionError as e:
    print("fib(600):", e)
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__(10) if False else fib(10))

calls = []


@functools.lru_cache(maxsize=3)
def slow(x):
    calls.append(x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    slow(x)
print(calls, slow.cache_info())
print(slow.cache_parameters())


@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


@functools.lru_cache
def kw(a, b=2):
    return a + b


print(kw(1), kw(1, b=2), kw(a=1), kw(1, 2), kw.cache_info())
try:
    kw([1])
except TypeError as e:
    print("lru_cache:", e)


@functools.cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)


print(count_paths(16, 16), count_paths.cache_info())


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.lru_cache(maxsize=16)
    def area(self, scale=1):
        return 3 * self.r * self.r * scale


a, b = Circle(2), Circle(3)
print(a.area(), b.area(), a.area(), a.area(2), Circle.area.cache_info())
try:
    functools.lru_cache(maxsize="big")
except TypeError as e:
    print("lru_cache:", e)
