# Covers: comparisons between ints and floats incl. huge ints beyond float precision, equality, ordering, inf/nan vs int, mixed arithmetic.

print(1 == 1.0, 1 < 1.5, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 10 ** 400 == float("inf"))
n = float("nan")
print(n == n, n != n, 1 < n, 1 > n, n == 1, 10 ** 400 < n)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 0.5 == 1 / 2)
print(9007199254740993 == 9007199254740992.0, float(9007199254740993))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), sorted([2, 1.5, 1, 3.0, True]))
print(1 + 1.0, 3 * 0.5, 2 ** 0.5, 10 - 0.5, 7 / 7, type(7 / 7).__name__)
print(int(1e20), float(10 ** 20), 10 ** 20 == 1e20, 10 ** 23 == 1e23, int(1e23))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(1.5), hash(float(2 ** 61)) == hash(2 ** 61))
print(True == 1, False == 0.0, True + 0.5, 1.0 in [1], 2 in {2.0: "x"})
