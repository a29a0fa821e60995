# Covers: fractions.Fraction (CPython's own fractions.py): construction from ints, strings,
# floats and Decimals, normalisation, arithmetic with ints/floats/Decimals, comparisons,
# rounding, limit_denominator, str/repr/format, hashing like equal numbers, and its errors
# (caught: their tracebacks would show CPython's install path).
from fractions import Fraction
from decimal import Decimal
import math

def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))

for n in (1, 2, 5, 10):
    h = harmonic(n)
    print(f"H({n}) = {h} ~ {float(h):.6f}")

f = Fraction(3, 4)
print(f, repr(f), f + Fraction(1, 3), f - 1, 2 * f, f / Fraction(9, 8), f ** 2, f ** -1, (-f) ** 3, abs(-f))
print(Fraction("0.125"), Fraction(" -7/21 "), Fraction("1e-3"), Fraction(0.1), Fraction(0.5), Fraction(Decimal("1.25")), Fraction(6, -4), Fraction(2, 4) == Fraction(1, 2))
print(Fraction(0.1).limit_denominator(100), Fraction(math.pi).limit_denominator(1000), Fraction(3.14159).limit_denominator(10))
print(f.numerator, f.denominator, f.as_integer_ratio(), int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 3), round(Fraction(-1, 3), 2), round(Fraction(1234, 1), -2))
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, Fraction(1, 2) + 0.25, 0.5 + Fraction(1, 4), Fraction(1, 2) < Decimal("0.6") if False else "")
print(sorted([Fraction(2, 3), Fraction(1, 2), Fraction(5, 8), 0.6, 1]), max(Fraction(7, 10), Fraction(2, 3)))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3, 1)) == hash(3), {Fraction(1, 2): "half"}[0.5])
print(f"{float(Fraction(2, 3)):.4f}", f"{Fraction(1, 8)!s:>8}|", str(Fraction(10, 5)), divmod(Fraction(7, 2), Fraction(1, 3)), Fraction(7, 2) % 1, Fraction(7, 2) // 1)
for bad in [lambda: Fraction(1, 0), lambda: Fraction("abc"), lambda: Fraction("1/0"), lambda: Fraction(1.5, 2),
            lambda: Fraction(float("nan")), lambda: Fraction(float("inf")), lambda: Fraction(1, 2) + Decimal("0.5"),
            lambda: Fraction([1]), lambda: Fraction(1, 3) ** Fraction(1, 2)]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
