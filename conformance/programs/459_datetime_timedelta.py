# Covers: datetime.timedelta construction from every unit (ints and floats, rounding half-to-even), normalisation of negative values, repr/str, total_seconds, arithmetic (+ - * / // % divmod abs neg) with ints/floats/timedeltas, comparisons, hashing as dict keys, min/max/resolution, and the error messages.
from datetime import timedelta

for td in [timedelta(), timedelta(1), timedelta(seconds=1), timedelta(microseconds=1), timedelta(weeks=1, days=-8),
           timedelta(hours=-1), timedelta(minutes=90), timedelta(milliseconds=1500), timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5),
           timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(days=-1, seconds=86399), timedelta(hours=36, minutes=-30)]:
    print(repr(td), "|", td, "|", td.days, td.seconds, td.microseconds, td.total_seconds())
for td in [timedelta(seconds=0.1), timedelta(days=1.5), timedelta(hours=0.25), timedelta(microseconds=0.5), timedelta(microseconds=1.5),
           timedelta(microseconds=2.5), timedelta(microseconds=-0.5), timedelta(seconds=1e-7), timedelta(minutes=1/3), timedelta(weeks=0.1)]:
    print(repr(td))
a = timedelta(hours=3, minutes=30)
b = timedelta(minutes=45)
print(a + b, a - b, b - a, -a, +a, abs(b - a), a * 2, 3 * b, a * 0.5, a * 1.1, a / 2, a / 3, a / 7.0, a // 4, a // b, a / b, a % b, divmod(a, b))
print(timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2, timedelta(microseconds=-1) / 2, timedelta(seconds=1) * 2.5)
print(a > b, a == timedelta(minutes=210), a != b, b <= a, sorted([a, b, -b]), max(a, b), min(a, -a), bool(timedelta(0)), bool(b))
print(sum([timedelta(minutes=20)] * 7, timedelta()), {a: "A", timedelta(minutes=210): "again"})
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.min), repr(timedelta.max))
print(timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999) == timedelta.max)
print(a == 210, a == "3:30:00", a.total_seconds() == 12600.0)

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("overflow", lambda: timedelta(days=10**9))
attempt("max + 1", lambda: timedelta.max + timedelta.resolution)
attempt("str arg", lambda: timedelta("1"))
attempt("bad kw", lambda: timedelta(years=1))
attempt("too many", lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))
attempt("div zero", lambda: a / 0)
attempt("floordiv zero", lambda: a // 0)
attempt("div td zero", lambda: a / timedelta(0))
attempt("mod zero", lambda: a % timedelta(0))
attempt("add int", lambda: a + 1)
attempt("rsub int", lambda: 1 - a)
attempt("mul str", lambda: a * "x")
attempt("compare int", lambda: a < 5)
attempt("nan", lambda: timedelta(seconds=float("nan")))
attempt("inf", lambda: timedelta(days=float("inf")))
attempt("floordiv float", lambda: a // 2.0)
