# Covers: __iter__/__next__, StopIteration, iterables vs iterators (re-iteration), __getitem__-based iteration, iter() on objects.

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

cd = Countdown(3)
print(list(cd), list(cd))
it = iter(cd)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

class OneShot:
    def __init__(self, data):
        self.data = list(data)
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        v = self.data[self.i]
        self.i += 1
        return v

o = OneShot("xyz")
print(list(o), list(o))

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for a, b in zip(Countdown(3), Squares()):
    print(a, b)
print(sum(Countdown(100)), max(Countdown(7)), sorted(Countdown(4)))
print(dict(zip(Countdown(3), "abc")))
x, y, z = Countdown(3)
print(x, y, z)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)))
print(*enumerate(Fib(10)))
