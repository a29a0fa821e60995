# Covers: bool is a subclass of int: arithmetic, sum of booleans, bool() of many values, ~True, comparisons, bool repr and str.

print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, ~False, True ** 0)
print(sum([True, False, True, True]), sum(x > 2 for x in range(6)))
print([bool(v) for v in [0, 1, -1, 0.0, 0.1, "", " ", "False", [], [0], {}, {0: 0}, set(), (), (0,), None, range(0), range(1), b"", 0j]])
print(True == 1, False == 0, True in [1], 1 in [True], {True: "a", 1: "b"})
print(str(True), repr(False), int(True), float(False), True.real, type(True + 1).__name__, type(True & True).__name__)
print(True & False, True | False, True ^ True, isinstance(True, int), bool.__bases__)
print(bool("0"), bool(0.0), bool(-0.0), bool(float("nan")), bool(1e-300))
print(max(True, 0.5), min(False, -1), sorted([True, False, 2, -1]), True < 2)
print(["no", "yes"][True], ("a", "b")[False], "x" * True + "y" * False + "|")
print(f"{True:d} {True:>5} {False!r} {True:.1f}", "%d %s" % (True, True))
print(bool(), bool(bool), True.__class__.__name__, bool(True) is True)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
