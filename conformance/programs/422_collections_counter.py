# Covers: collections.Counter from iterables/mappings/keywords, missing keys are 0, most_common
# (all / n / ties in insertion order), elements, update/subtract (iterable and mapping), total,
# arithmetic (+ - & | and unary +/-, dropping non-positive counts), in-place ops, comparisons
# (3.10+ rich comparison), repr (sorted by count), del, fromkeys error.
from collections import Counter

c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c), sorted(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
c.update("zzz")
c.update({"a": 2})
c.subtract("aab")
c.subtract({"r": 5})
print(c)
w = Counter("the cat sat on the mat the end".split())
print(w.most_common(3), w["the"], Counter({"x": 3, "y": 1}), Counter(cats=4, dogs=8))
a, b = Counter(a=3, b=1, c=2), Counter(a=1, b=2, d=4)
print(a + b, a - b, a & b, a | b, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
a += Counter(c=5)
a -= Counter(a=10)
print(a, a == Counter(b=1, c=7), Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) < Counter(a=2), Counter() == Counter(), Counter(a=2) >= Counter(a=2))
del a["b"]
del a["missing"]
print(a, Counter(), repr(Counter([1, 1, 2])), Counter("aaabbc") == Counter("cbbaaa"))
votes = Counter()
for v in ["red", "blue", "red", "green", "blue", "red"]:
    votes[v] += 1
print(votes, votes.most_common(1)[0], sum(votes.values()), dict(votes))
inv = Counter(apples=3)
inv["pears"] -= 2
print(inv, +inv, list(inv.items()))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Counter({"b": 1, "a": 1, "c": 2}), Counter("hello world").most_common(4), isinstance(c, dict))
