# Covers: functools.lru_cache / cache with cache_info(), cache_clear(), typed=True, unhashable
# arguments, memoized recursive solvers (edit distance, coin change, grid paths), partial, reduce.
import functools
import operator

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.lru_cache(maxsize=2)
def square(x):
    print(f"  computing {x}")
    return x * x

for v in (1, 2, 1, 3, 2, 1):
    square(v)
print(square.cache_info(), square.cache_parameters())

@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True), kind.cache_info())
try:
    square([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

def edit_distance(a, b):
    @functools.cache
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
    result = d(len(a), len(b))
    return result, d.cache_info().currsize

print(edit_distance("kitten", "sitting"), edit_distance("", "abc"))

def coin_change(coins, amount):
    @functools.lru_cache(maxsize=None)
    def best(rem):
        if rem == 0:
            return 0
        options = [best(rem - c) for c in coins if c <= rem]
        options = [o for o in options if o is not None]
        return min(options) + 1 if options else None
    return best(amount)

print(coin_change((1, 5, 10, 25), 63), coin_change((4, 7), 5), coin_change((3, 7), 20))

@functools.lru_cache(maxsize=None)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

print(grid_paths(10, 10), grid_paths.cache_info().hits > 0)

to_int = functools.partial(int, base=2)
print(to_int("1011"), to_int.func.__name__, to_int.args, to_int.keywords)
hexed = functools.partial(int, "ff", 16)
print(hexed(), repr(functools.partial(max, key=abs)))
print(functools.reduce(operator.mul, range(1, 11)), functools.reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(["pear", "Fig", "apple"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
