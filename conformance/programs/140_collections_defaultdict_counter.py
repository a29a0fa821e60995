# Covers: defaultdict(list/int/set/lambda) and repr, default_factory, missing keys; Counter construction, most_common, arithmetic, elements, update/subtract, repr.
from collections import defaultdict, Counter

groups = defaultdict(list)
for word in "apple bat cat avocado banana cherry".split():
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts.default_factory)
sets = defaultdict(set)
sets["a"].add(1); sets["a"].add(1); sets["b"].add(2)
print(sets)
lam = defaultdict(lambda: "N/A")
lam["x"] = "set"
print(lam["x"], lam["y"], sorted(lam.items()))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(repr(plain), defaultdict(int, {"a": 1}))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "x" in t, list(t))

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c.most_common()[-1], c["a"], c["z"], len(c), c.total())
c2 = Counter(a=2, b=5, z=1)
print(c + c2, c - c2, c & c2, c | c2)
print(sorted(c2.elements()), list(Counter(x=2, y=0, w=-1).elements()))
c.update("aaa")
c.subtract({"b": 10})
print(c, +c, -c)
print(Counter(), Counter([1, 1, 2]), Counter({"k": 3}), repr(Counter(a=1)))
words = "the cat sat on the mat the end".split()
wc = Counter(words)
print(wc.most_common(3), sorted(wc), wc["the"])
print(Counter("aab") == Counter("aba"), dict(Counter("hello")))
