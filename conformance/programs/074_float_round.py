# Covers: round() with banker's rounding, ndigits (positive/negative/zero), int vs float results, floats that are not exactly representable.

print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 0.5001]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(3.5, 0))
print(round(1234.5678, 1), round(1234.5678, -1), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5), round(5, 2), round(-7, -1), round(15, -1), round(25, -1), round(123456789, -4))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
print(round(0.1 + 0.2, 10), round(1e20 + 0.5), round(1 / 3, 5), round(-1 / 3, 3), round(2 / 3, 16))
print(round(1e300, 2), round(float("inf"), 2), round(1.23456789e-10, 12))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
class R:
    def __round__(self, n=None):
        return f"rounded with {n}"
print(round(R()), round(R(), 3))
for x in [0.15, 0.25, 0.35, 0.45, 0.55, 2.345, 2.355]:
    print(x, round(x, 1), f"{x:.1f}", "%.2f" % x)
