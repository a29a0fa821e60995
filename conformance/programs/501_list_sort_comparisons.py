# Covers: list.sort/sorted as CPython's timsort: the exact sequence of `<` comparisons (binary
# insertion, runs, galloping), the list's order after a comparison fails part-way, reverse
# stability, key functions, the reverse= argument conversion, and "list modified during sort".
import random

log = []

class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f"K{self.v}"

def trace(data, **kw):
    log.clear()
    items = [K(x) for x in data]
    items.sort(**kw)
    return len(log), log[:6], [k.v for k in items][:8]

random.seed(7)
for n in [2, 3, 5, 8, 20, 64, 65, 130, 300]:
    data = [random.randrange(50) for _ in range(n)]
    print(n, trace(data))
    print(n, "rev", trace(data, reverse=True))
print("runs", trace(list(range(40)) + list(range(40, 0, -1)) + list(range(100, 140))))
print("sawtooth", trace([i % 7 for i in range(150)]))

for seed in range(6):
    random.seed(seed)
    mixed = [random.choice([1, 2.5, "a", "b", 3, None, (1,), 0]) for _ in range(random.randrange(3, 25))]
    for rev in (False, True):
        l = mixed[:]
        try:
            l.sort(reverse=rev)
            print("sorted", l)
        except TypeError as e:
            print(e, "|", l)

class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 2:
            raise RuntimeError("boom")
        return self.v < other.v
    def __repr__(self):
        return f"B{self.v}"

for rev in (False, True):
    l = [Boom(i) for i in [5, 9, 1, 7, 2, 8, 3, 6, 4, 0]]
    try:
        l.sort(reverse=rev)
    except RuntimeError as e:
        print(e, l)

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  lt", self.v, other.v)
        return NotImplemented
    def __gt__(self, other):
        print("  gt", self.v, other.v)
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"

print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))

data = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e")]
print(sorted(data, key=lambda t: t[0]), sorted(data, key=lambda t: t[0], reverse=True))
print(sorted([3, 1.5, True, 2 ** 70, -(2 ** 70), 0.0, -0.0, False]))
print(sorted(["b", "a", "\U0001F600", "\uffff", "ab", ""]))
print(sorted([float("nan"), 1.0, 0.5, float("nan"), -1.0]))

for r in [None, 2.5, 2, 2 ** 80, "", -1]:
    try:
        print(r, sorted([2, 1, 3], reverse=r))
    except (TypeError, OverflowError) as e:
        print(r, type(e).__name__, e)
for f in [lambda: sorted(5, cmp=1), lambda: sorted([1], cmp=1), lambda: sorted(), lambda: sorted([1], [2]),
          lambda: [].sort(1), lambda: sorted([1, 2], key=1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

l = [3, 1, 2]
def grow(x):
    l.append(x)
    return x
try:
    l.sort(key=grow)
except ValueError as e:
    print("ValueError:", e, l)
l = [3, 1, 2]
l.sort(key=lambda x: (print("  key sees", l), x)[1])
print(l)
