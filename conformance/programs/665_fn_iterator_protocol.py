# Covers: laziness of map/filter/zip/enumerate/reversed, exhausted iterators, iter(callable,
# sentinel), the __getitem__ iteration protocol, zip(strict=True), unpacking errors, and the
# TypeErrors of objects that are not iterable or not iterators.
def noisy(n, tag):
    for i in range(n):
        print(f"  {tag} produces {i}")
        yield i

m = map(lambda x: x * 10, noisy(3, "m"))
print("map built")
print(next(m), list(m), list(m))
f = filter(None, [0, 1, "", "a", None, [], [0]])
print(list(f), list(f))
z = zip("abc", noisy(5, "z"))
print(list(z))
print(list(zip()), list(zip([1, 2])), dict(zip("xy", range(5))))
for args in (([1, 2], [3]), ([1], [3, 4]), ([1], [2], [3, 4])):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
e = enumerate("xyz", start=5)
print(next(e), list(e))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(r), list(reversed(range(4))), list(reversed("abc")))
for bad in ({1, 2}, (x for x in [])):
    try:
        reversed(bad)
    except TypeError as err:
        print(type(err).__name__, err)

class Squares:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(Squares()), list(reversed(Squares())), 9 in Squares(), 5 in Squares())

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

c = Countdown(3)
print(list(c), list(c), next(c, "default"))
try:
    next(c)
except StopIteration as err:
    print("StopIteration", repr(err))

readings = iter([5, 4, 0, 3])
print(list(iter(lambda: next(readings), 0)), list(readings))

class Ticker:
    def __init__(self):
        self.i = 0
    def __call__(self):
        self.i += 1
        return self.i

print(list(iter(Ticker(), 4)))

class BadIter:
    def __iter__(self):
        return 5

class NoNext:
    def __iter__(self):
        return self

problems = [
    lambda: iter(5),
    lambda: iter(5, 1),
    lambda: next([1]),
    lambda: iter(BadIter()),
    lambda: [x for x in NoNext()],
    lambda: sum(3),
]
for p in problems:
    try:
        p()
    except TypeError as err:
        print(type(err).__name__, err)

for src in ("a, b = 1", "a, b = [1, 2, 3]", "a, b, c = [1]", "a, *b, c = [1]"):
    try:
        exec(src)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
first, *middle, last = range(6)
print(first, middle, last)
it = iter(range(6))
print(list(zip(it, it)), list(map(pow, [2, 3], [5, 2, 9])))
gen = (x for x in range(5))
print(3 in gen, list(gen))
print(sorted(["b", "A", "c"], key=str.lower), sorted("hello", reverse=True), max([], default=None), min(3, 1, 2, key=abs))
try:
    max([])
except ValueError as err:
    print(type(err).__name__, err)
try:
    sorted([1, "a"])
except TypeError as err:
    print(type(err).__name__, err)
