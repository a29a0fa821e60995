# Covers: hash() of ints (incl. -1, large, negative), floats, bools, strings and bytes (deterministic under PYTHONHASHSEED=0), tuples, frozensets.

print([hash(n) for n in [0, 1, -1, -2, 42, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]])
print([hash(f) for f in [0.0, 0.5, 1.5, -2.25, 1e10, 3.141592653589793, 1e300]])
print(hash(True), hash(False), hash(1.0) == hash(1))
print([hash(s) for s in ["", "a", "b", "abc", "hello world", "\u00e9", "\u4e2d\u6587"]])
print([hash(b) for b in [b"", b"a", b"abc"]], hash("abc") == hash(b"abc"))
print([hash(t) for t in [(), (1,), (1, 2), ("a", 1), ((1, 2), (3,))]])
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({"a"})))
print(hash(range(3)) if False else "range hash skipped", hash((1, 2)) == hash((1, 2)), hash(-0.0))
