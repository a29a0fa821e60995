# Covers: datetime.date — construction and validation, today()-free alternatives (fromordinal, fromisoformat, fromisocalendar, fromtimestamp), attributes, weekday/isoweekday/isocalendar/toordinal/timetuple, replace, isoformat/str/repr/ctime/format, arithmetic with timedelta, comparisons (including against datetime), hashing, subclassing, min/max.
from datetime import date, datetime, timedelta, timezone

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar(), tuple(d.isocalendar()))
print(d.isocalendar().week, d.isoformat(), str(d), d.ctime(), format(d, ""), f"{d:%A %d %B %Y}", d.timetuple()[:7], d.timetuple().tm_yday)
print(d.replace(year=2028), d.replace(month=3, day=1), date.fromordinal(d.toordinal()), date.fromordinal(1), date.fromordinal(3652059))
print(date.fromisoformat("2021-03-04"), date.fromisoformat("20210304"), date.fromisoformat("2020-W53-7"), date.fromisocalendar(2021, 1, 1))
print(date.fromtimestamp(0), date.fromtimestamp(86400 * 365.25 * 30), date.min, date.max, date.resolution)
for y, m, dd in [(2023, 1, 1), (2023, 12, 31), (2024, 12, 30), (2021, 1, 3), (2000, 2, 29), (1900, 3, 1)]:
    x = date(y, m, dd)
    print(x, x.weekday(), x.isocalendar(), x.timetuple().tm_yday, x.strftime("%j %U %W %a"))
print(d + timedelta(days=1), d - timedelta(days=366), timedelta(days=10) + d, d - date(2024, 1, 1), date(2024, 1, 1) - d, d + timedelta(hours=30))
print(d == date(2024, 2, 29), d < date(2024, 3, 1), d != date(2024, 2, 28), max(date(2020, 5, 1), date(2019, 12, 31)), sorted([date(2022, 1, 1), date(2021, 6, 1)]))
print(d == datetime(2024, 2, 29), {d: 1}[date(2024, 2, 29)], len({date(2024, 1, 1), date(2024, 1, 1)}))

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("feb 29 2023", lambda: date(2023, 2, 29))
attempt("month 13", lambda: date(2020, 13, 1))
attempt("year 0", lambda: date(0, 1, 1))
attempt("year 10000", lambda: date(10000, 1, 1))
attempt("day 0", lambda: date(2020, 1, 0))
attempt("no args", lambda: date())
attempt("float", lambda: date(2020.0, 1, 1))
attempt("str", lambda: date("2020", 1, 1))
attempt("too many", lambda: date(1, 2, 3, 4))
attempt("kw", lambda: date(year=2020, month=1, day=2))
attempt("replace bad", lambda: d.replace(month=2, day=30))
attempt("bad iso", lambda: date.fromisoformat("2020-1-1"))
attempt("iso not str", lambda: date.fromisoformat(20200101))
attempt("ordinal 0", lambda: date.fromordinal(0))
attempt("bad week", lambda: date.fromisocalendar(2021, 53, 1))
attempt("overflow", lambda: date.max + timedelta(days=1))
attempt("underflow", lambda: date.min - timedelta(days=1))
attempt("date - datetime", lambda: d - datetime(2024, 1, 1))
attempt("date < datetime", lambda: d < datetime(2024, 1, 1))
attempt("date + int", lambda: d + 1)
attempt("date < int", lambda: d < 1)
attempt("strftime int", lambda: d.strftime(5))

class Birthday(date):
    def age_on(self, other):
        return other.year - self.year - ((other.month, other.day) < (self.month, self.day))

b = Birthday(1990, 6, 15)
print(repr(b), b.age_on(date(2024, 6, 14)), b.age_on(date(2024, 6, 15)), isinstance(b, date), type(b + timedelta(1)).__name__, b.replace(year=1991).age_on(date(2000, 1, 1)))
