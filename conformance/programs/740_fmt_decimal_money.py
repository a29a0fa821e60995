# Covers: decimal for money: sums, quantize with ROUND_HALF_UP, formatting (grouping, widths,
# e), exact vs float comparisons, repr/str, powers, rounding, conversions, tuples and logs,
# localcontext, Context repr, mixing with Fraction; ends with the classic Decimal += float
# TypeError ('decimal.Decimal' in the message, no decimal frames in the traceback).
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext, localcontext, InvalidOperation
from fractions import Fraction
import math
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("100")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(0.1 + 0.2 == 0.3, Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), Decimal(0.1), Decimal("1.10") * 3, Decimal("7") / 3)
print(repr(Decimal("1.50")), str(Decimal("-0.00")), Decimal("1e3"), Decimal("1E+3") + 0, Decimal(".5"), Decimal("  42  "), Decimal("1_000.5"))
print(Decimal(10) ** -2, Decimal(2) ** Decimal("0.5"), Decimal(-8) ** (Decimal(1) / 3) if False else "", abs(Decimal("-3.2")), -Decimal("0"), +Decimal("1.0000000000000000000000000000001"))
print(sorted([Decimal("1.1"), Decimal("-2"), Decimal("1.10"), Decimal("0")]), max(Decimal(1), 2.5), Decimal(1) == 1, Decimal("1.0") == 1.0, hash(Decimal("1.5")) == hash(1.5))
print(round(Decimal("2.675"), 2), round(Decimal("2.5")), round(Decimal("3.5")), math.floor(Decimal("-1.5")), math.ceil(Decimal("1.2")), int(Decimal("-7.9")), float(Decimal("0.1")))
print(Decimal("123.456").as_tuple(), Decimal("0.00123").adjusted(), Decimal("10").sqrt(), Decimal(2).ln(), Decimal(100).log10(), Decimal("1.23e5").to_eng_string(), Decimal("12.30").normalize())
print(divmod(Decimal(7), Decimal(2)), Decimal(-7) % 3, Decimal(-7) // 3, Decimal("5.5").is_integer() if hasattr(Decimal, "is_integer") else "", Decimal("NaN").is_nan(), Decimal("-inf"))
with localcontext() as ctx:
    ctx.prec = 6
    ctx.rounding = ROUND_DOWN
    print(Decimal(1) / 7, Decimal("2.999999999"), +Decimal("2.999999999"))
print(getcontext().prec, getcontext())
f = Fraction(3, 4)
print(f, repr(f), f + Fraction(1, 3), f * 2, f / Fraction(9, 8), f ** 2, -f, abs(-f), float(f), int(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
print(Fraction("0.125"), Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction(Decimal("1.25")), Fraction(6, -4), Fraction("3/9"), f.numerator, f.denominator, f.as_integer_ratio())
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, sum(Fraction(1, n) for n in range(1, 6)), math.floor(Fraction(-7, 2)), f"{float(Fraction(2, 3)):.4f}")
for bad in [lambda: Fraction(1, 0), lambda: Fraction("abc"), lambda: Fraction(1.5, 2), lambda: Decimal("1.5") + Fraction(1, 2), lambda: Decimal(1) < Fraction(1, 2), lambda: Fraction(1, 2) + Decimal("0.5")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    Decimal("12,50")
except InvalidOperation as e:
    print("bad input:", repr(e))
total = Decimal("10.00")
total += 2.5
