# Covers: iter() on sequences/iterators, iter(callable, sentinel), next() with default, iterator exhaustion, iterators are their own iter.

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
print(iter(it) is it, list(iter("abc")), list(iter({"x": 1})), list(iter(range(2))))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = iter(["first", "second", "", "never"])
print(list(iter(lambda: next(lines), "")))
data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = iter(range(len(data)))
print([data[i] for i in iter(lambda: next(pos), 5)])
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1, "b": 2}
di = iter(d.items())
print(next(di), type(di).__name__)
s = iter("xyz")
for ch in s:
    if ch == "x":
        print("skipping", next(s))
    else:
        print("got", ch)
g = (i for i in range(3))
print(next(g), sum(g), next(g, "exhausted"))
