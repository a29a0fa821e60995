# Covers: math domain errors and other math exceptions with their exact messages.
import math

cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-5)", lambda: math.log(-5)),
    ("log2(0)", lambda: math.log2(0)),
    ("log10(-1)", lambda: math.log10(-1)),
    ("log(8, 1)", lambda: math.log(8, 1)),
    ("acos(2)", lambda: math.acos(2)),
    ("asin(-1.5)", lambda: math.asin(-1.5)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("isqrt(-4)", lambda: math.isqrt(-4)),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("perm(5, -1)", lambda: math.perm(5, -1)),
    ("gcd(1.5, 2)", lambda: math.gcd(1.5, 2)),
    ("floor('x')", lambda: math.floor("x")),
    ("sqrt('4')", lambda: math.sqrt("4")),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("ceil(inf)", lambda: math.ceil(math.inf)),
    ("floor(nan)", lambda: math.floor(math.nan)),
    ("cosh(1000)", lambda: math.cosh(1000)),
    ("atanh(1)", lambda: math.atanh(1)),
    ("gamma(0)", lambda: math.gamma(0)),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
