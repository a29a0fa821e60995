# Covers: float.is_integer, as_integer_ratio, hex/fromhex, float/int mixing, int.as_integer_ratio, math.trunc/floor/ceil on floats.
import math

for v in [1.0, 1.5, -2.0, 0.1, 1e20, -0.0, 0.75]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex())
print((5).as_integer_ratio(), (-3).as_integer_ratio())
print(float.fromhex("0x1.999999999999ap-4"), float.fromhex("-0x1p-1074"), float.fromhex("0x1.fffffffffffffp+1023"))
print(math.trunc(-2.7), math.floor(-2.7), math.ceil(-2.7), int(-2.7), math.trunc(2.7))
print(3 + 0.0, 3 * 1.0, 7 // 2.0, 7 % 2.0, 2 ** 0.0, -7 // 2.0)
print((0.5).real, (0.5).imag, (2.5).conjugate())
print(float(True), float("  3.25 "), float(10 ** 15), float(-5))
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10) == 1.0, math.isclose(sum([0.1] * 10), 1.0))
print(1.0.__class__.__name__, (1).__float__(), (2.5).__int__(), float.__name__)
