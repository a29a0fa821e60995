# Covers: dict keys that compare equal across types (1, 1.0, True), which key object is kept vs which value, -0.0 and 0, tuples/frozensets as keys, NaN keys.

d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "bool", 1: "int", 1.0: "float"}
print(d2)
print({0: "a", 0.0: "b", False: "c", -0.0: "d"})
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
print({1.0, 1}, {True, 1}, {0, False, 0.0})
print(d[1], d[1.0], d[True], 1 in d, 1.0 in d, True in d)
print({(1, 2): "t", frozenset({1, 2}): "fs"}[frozenset({2, 1})])
print({(1, 1.0): "x"}[(1.0, True)])
nan = float("nan")
nd = {nan: 1}
nd[nan] = 2
nd[float("nan")] = 3
print(len(nd), nd[nan])
print({"a": 1, "a": 2}, {1: "one", 1.0: "uno"}.keys())
print(list({1: 0, True: 1, 1.0: 2}.items()))
counts = {}
for v in [1, 1.0, True, 2, 2.0, 0, False]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print({10 ** 20: "big", 1e20: "float"}, 10 ** 20 == 1e20)
