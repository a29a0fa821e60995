# Covers: functools.wraps preserving __name__/__doc__/__wrapped__, lru_cache (hits/misses/cache_info/cache_clear/maxsize), functools.cache, cached_property.
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

def unwrapped_deco(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

@logged
def documented(x):
    """Return x doubled."""
    return x * 2

@unwrapped_deco
def plain(x):
    """Docs lost."""
    return x

print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(21))
print(plain.__name__, plain.__doc__, plain.__qualname__)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

calls = []
@functools.lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 2, 1, 1]:
    slow_square(n)
print(calls, slow_square.cache_info())

@functools.cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info().currsize)

@functools.lru_cache
def no_parens(x):
    return x + 1
print(no_parens(1), no_parens(1), no_parens.cache_info().hits)

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
try:
    @functools.lru_cache(maxsize=10)
    def f(x):
        return x
    f([1])
except TypeError as e:
    print("TypeError:", e)
