# Covers: collections.defaultdict with list/int/set/lambda/None factories, __missing__ semantics
# (get/in/setdefault do not create keys), nested defaultdicts, repr (incl. nested and subclass),
# default_factory attribute, copy, |, equality with dict, KeyError without a factory, errors.
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "bat", "avocado", "banana", "cherry", "cat"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["zzz"], len(groups), "q" in groups, groups.get("q"), len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts.default_factory, counts["x"], sorted(counts.items()))
unique = defaultdict(set)
for k, v in [("a", 1), ("b", 2), ("a", 1), ("a", 3)]:
    unique[k].add(v)
print(unique)
tree = lambda: defaultdict(tree)
t = tree()
t["animals"]["cats"]["tom"] = 1
t["animals"]["dogs"]["rex"] = 2
print(dict(t["animals"]["cats"]), len(t["animals"]), type(t["x"]).__name__)
named = defaultdict(lambda: "N/A", {"x": "set"})
print(named["x"], named["y"], sorted(named.items()))
plain = defaultdict(None, a=1)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(plain, defaultdict(int, {"a": 1}) == {"a": 1}, plain.default_factory)
c = counts.copy()
c["m"] += 10
print(type(c).__name__, c["m"], counts["m"], (defaultdict(int, a=1) | {"b": 2}), ({"z": 0} | defaultdict(list, y=[1])))
print(counts.setdefault("new", 5), counts.pop("new"), list(counts.keys())[:3])
nested = defaultdict(lambda: defaultdict(int))
nested["r1"]["c1"] += 2
print({k: dict(v) for k, v in nested.items()})


class Inventory(defaultdict):
    pass


inv = Inventory(int)
inv["bolt"] += 5
print(inv, isinstance(inv, dict))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
print(repr(defaultdict(list)), repr(defaultdict(len)).startswith("defaultdict(<built-in function len>"))
