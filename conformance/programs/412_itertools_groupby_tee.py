# Covers: itertools.groupby (key functions, consecutive grouping, groups invalidated when the
# outer iterator advances, partially consumed groups), tee (independent copies, buffering,
# n=0/1/3, tee of a tee, errors).
import itertools as it

data = "AAAABBBCCDAABBB"
print([(k, len(list(g))) for k, g in it.groupby(data)])
print([k for k, g in it.groupby(data)], [list(g) for k, g in it.groupby([1, 1, 2, 2, 2, 1])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in it.groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in it.groupby(sorted(words, key=len), key=len)])
print([(k, sum(1 for _ in g)) for k, g in it.groupby(range(10), lambda n: n // 3)])
groups = list(it.groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
gb = it.groupby("xxxyyz")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
k3, g3 = next(gb)
print(k3, list(g3), next(gb, "done"))
print(list(it.groupby([])), [(k, list(g)) for k, g in it.groupby([None, None, 0])])
scores = [("ann", 90), ("bob", 90), ("cid", 75), ("dee", 75), ("eve", 60)]
for score, people in it.groupby(scores, key=lambda p: p[1]):
    print(score, [name for name, _ in people])

a, b = it.tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = it.tee("abc", 3)
print(list(x), list(zip(y, z)), it.tee([1], 0), len(it.tee([1], 1)))
p, q = it.tee(range(5))
r, s = it.tee(p)
print(next(p), list(r), list(s), list(q), type(p).__name__)
src = iter(range(6))
t1, t2 = it.tee(src)
print(list(it.islice(t1, 3)), next(src), list(t2), list(t1))
try:
    it.tee([1], -1)
except ValueError as e:
    print("tee:", e)
try:
    it.tee(5)
except TypeError as e:
    print("tee:", e)
