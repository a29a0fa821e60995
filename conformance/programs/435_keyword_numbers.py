# Covers: keyword.kwlist / softkwlist / iskeyword / issoftkeyword, and the numbers ABCs:
# isinstance/issubclass for int, float, bool, Fraction-like user classes registered as Rational,
# the numeric tower (Integral < Rational < Real < Complex < Number), and Number being unhashable.
import keyword
import numbers

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print([w for w in ["if", "match", "print", "None", "async", "case", "_", "self"] if keyword.iskeyword(w)])
print([w for w in ["if", "match", "case", "_", "type"] if keyword.issoftkeyword(w)])
for value in (3, 2.5, True, "3", None, [1]):
    print(repr(value), [name for name in ("Number", "Complex", "Real", "Rational", "Integral")
                        if isinstance(value, getattr(numbers, name))])
print(issubclass(numbers.Integral, numbers.Rational), issubclass(numbers.Real, numbers.Complex), issubclass(float, numbers.Rational))


class Ratio:
    def __init__(self, n, d):
        self.numerator, self.denominator = n, d


numbers.Rational.register(Ratio)
print(isinstance(Ratio(1, 2), numbers.Real), isinstance(Ratio(1, 2), numbers.Integral), numbers.Number.__hash__)
try:
    numbers.Real()
except TypeError as e:
    print("TypeError:", str(e)[:62])


def describe(x):
    if isinstance(x, numbers.Integral):
        return f"{x} is an integer"
    if isinstance(x, numbers.Real):
        return f"{x} is a real number"
    return f"{x!r} is not a number"


print([describe(v) for v in (7, 7.5, "7")])
