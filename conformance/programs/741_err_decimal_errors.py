# Covers: decimal's signals and errors as the C module reports them: InvalidOperation with
# [<class 'decimal.ConversionSyntax'>] and friends, DivisionByZero, Overflow, NaN comparisons,
# conversion/rounding/format-spec errors, Context flag order, immutable C types; then an uncaught
# conversion error raised inside a generator expression.
from decimal import Decimal, getcontext, InvalidOperation
import decimal
tests = [lambda: Decimal("abc"), lambda: Decimal(1) / Decimal(0), lambda: Decimal(0) / Decimal(0), lambda: Decimal(1) + 1.5, lambda: 1.5 * Decimal(2), lambda: Decimal("1.1").quantize(Decimal("1e-30")), lambda: Decimal(-1).sqrt(), lambda: Decimal("1e999999") * 10, lambda: Decimal("nan") < 1, lambda: int(Decimal("nan")), lambda: int(Decimal("inf")), lambda: Decimal([1]), lambda: Decimal("1").to_integral_value(rounding="bad"), lambda: round(Decimal("1.5"), "x"), lambda: hash(Decimal("snan")), lambda: Decimal(1) < 1.5, lambda: Decimal(0.1) == 0.1, lambda: Decimal("1.5") % 0]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e.args, "|", e)
print(Decimal, type(Decimal(1)), Decimal.__module__, Decimal.__name__, Decimal.__qualname__, decimal.Context, InvalidOperation, InvalidOperation.__mro__)
print(repr(getcontext()))
print(decimal.__name__, Decimal.__dict__.get("__add__") is not None, hasattr(Decimal(1), "__dict__"))
try:
    Decimal.x = 1
except TypeError as e:
    print(e)
d = Decimal(1)
try:
    d.y = 2
except AttributeError as e:
    print(e)
print(Decimal("1.30") + Decimal("1.20"), Decimal("3.14159").as_tuple(), Decimal(10).log10(), Decimal("12.345").to_eng_string())
import decimal
for f in [lambda: decimal.Context(rounding='bad'), lambda: setattr(decimal.getcontext(), 'rounding', 5), lambda: decimal.Decimal(1).quantize(decimal.Decimal(1), rounding='x'), lambda: decimal.Decimal('1.5').to_integral_exact(rounding='y'), lambda: decimal.Decimal('1.5').to_integral(rounding='y'), lambda: decimal.Decimal('2.5').quantize(decimal.Decimal('1'), rounding=decimal.ROUND_HALF_UP)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, repr(str(e)))
from decimal import Decimal
for spec in ['_.1f', 'x', '=010', 'z.1f', '*<010', ',n', '#.2f', '.2%', 'G', '<<', ',.2f', '010.2f', '+,.3e', '', '.3', '>12.4', '^+20,.2f', 'e', '.0f', '%', 'n', '.10g', ' .1f', '-.1f']:
    for v in ('-1234.5678', '0.000012345', '1e20', 'NaN', '-Infinity', '0'):
        try: print(repr(spec), v, repr(format(Decimal(v), spec)))
        except Exception as e: print(repr(spec), v, type(e).__name__, e)
def parse(s):
    return Decimal(s)
amounts = ["1.50", "2.25", "three"]
print(sum(parse(a) for a in amounts))
