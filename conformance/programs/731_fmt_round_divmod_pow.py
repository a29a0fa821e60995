# Covers: round() (banker's rounding, ndigits incl. negative, floats like 2.675, ints, bools,
# errors), divmod/floor division/modulo signs for ints and floats, ZeroDivisionError wording,
# pow with modulus and negative exponents, OverflowError messages, abs, int() of inf/nan, bool
# arithmetic.
vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e16, 1.23456789e-5, 123456.789, -0.0, float('inf'), float('nan')]
for v in vals:
    out = []
    for nd in (None, 0, 1, 2, 3, -1, -2):
        try:
            out.append(repr(round(v) if nd is None else round(v, nd)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(repr(v), out)
for n in [5, 15, 25, 35, 45, 150, 250, -250, 12345, 10**20 + 5]:
    print(n, round(n, -1), round(n, -2), round(n, 1), round(n))
print(round(True), round(False, 2), type(round(2.5)), type(round(2.5, 0)))
print(round(1e300, -300), round(1.5e300, -300), round(123.456, 400), round(123.456, -400))
try: round("x")
except TypeError as e: print(e)
try: round(1.5, 1.5)
except TypeError as e: print(e)
try: round(2.5, None)
except TypeError as e: print(e)
print(round(2.5, None))
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7.5, -2), (0, 3), (1e300, 1e-300), (5, 0.3), (-0.0, 1), (0.0, -1), (2**70, 7), (-2**70, 7)]
for a, b in pairs:
    print(a, b, divmod(a, b), a // b, a % b)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (2**100, 0)]:
    for op in ('/', '//', '%', 'divmod'):
        try:
            r = a / b if op == '/' else a // b if op == '//' else a % b if op == '%' else divmod(a, b)
        except ZeroDivisionError as e:
            print(a, op, b, '->', e)
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.0, 0.5), pow(-8, 1/3), pow(3, 4, 5), pow(3, -1, 7), pow(0, 0), pow(0.0, 0))
for args in [(0, -1), (0.0, -1), (2, 3, 0), (2, -1, 4), (2.0, 3, 5), (-1.0, 0.5), (10.0, 400)]:
    try: print(pow(*args))
    except Exception as e: print(type(e).__name__, e)
print(abs(-5), abs(-5.5), abs(-0.0), abs(True), abs(-2**70), abs(complex(3, 4)))
print(-7 // 2.0, -7 % 2.0, 7 % -0.5, -1e-20 % 1, 1e-20 % -1)
print(2 ** -1, (-2) ** 0.5, 0 ** 0, 10 ** 20, 10 ** -20, 2 ** 0.5)
try: print(10.0 ** 1000)
except OverflowError as e: print(e)
try: print(2 ** 10000 * 1.0)
except OverflowError as e: print(e)
try: print(float(2 ** 10000))
except OverflowError as e: print(e)
try: print(1e308 * 10)
except OverflowError as e: print(e)
print(1e308 * 10, -1e308 * 10)
import math
try: math.exp(1000)
except OverflowError as e: print(e)
print(int(1e20), int(-2.5), int(2.9999), int(True))
for x in [float('inf'), float('nan')]:
    try: int(x)
    except (OverflowError, ValueError) as e: print(type(e).__name__, e)
print(True + True, True * 3, -True, True / 2, True // 1, ~True, True & False, True | 2, True ^ True)
