# Covers: frozenset: construction, immutability, hashing, as dict keys/set members, operations returning frozenset, repr.

fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, repr(frozenset()), frozenset("abc") == frozenset("cba"))
print(fs | {4}, fs & {1, 9}, fs - {1}, {1, 5} | fs, type(fs | {4}).__name__, type({4} | fs).__name__)
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
groups = {frozenset({"a", "b"}): 1, frozenset({"c"}): 2}
print(groups[frozenset({"b", "a"})])
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), fs.copy() is fs, fs.union([7]), fs.issubset({1, 2, 3, 4}))
print(sorted(frozenset({"x", "y"})), frozenset({1}) == {1}, frozenset(range(5)))
