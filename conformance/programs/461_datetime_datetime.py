# Covers: datetime.datetime construction/validation, attributes, date()/time()/combine, replace, isoformat (sep and every timespec), str/repr, fromisoformat variants, fromtimestamp/utcfromtimestamp with explicit UTC, timestamp(), arithmetic, differences, comparisons (including naive vs aware and vs date), ctime/timetuple, min/max/resolution.
from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2022, 7, 25, 11, 55, 15, 709096)
print(dt, repr(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.date(), dt.time(), repr(dt.timetz()), dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal(), dt.ctime())
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), datetime(2020, 1, 1).isoformat(" ", spec))
print(dt.isoformat("_"), str(datetime(2000, 1, 1)), repr(datetime(2000, 1, 1)), repr(datetime(2000, 1, 1, 12, 30)), repr(datetime(2000, 1, 1, 0, 0, 5)))
print(dt.replace(microsecond=0), dt.replace(year=2020, month=2, day=29, hour=0), datetime.combine(date(2020, 1, 2), time(3, 4)), datetime.combine(date(2020, 1, 2), time(3, 4), timezone.utc))
for s in ["2021-03-04", "2021-03-04T05:06", "2021-03-04 05:06:07", "2021-03-04T05:06:07.5", "2021-03-04T05:06:07.123456", "2021-03-04T05:06:07+02:00", "2021-03-04T05:06:07Z", "20210304T050607", "2021-03-04T05:06:07.123-05:30", "2021-W09-4T10:00"]:
    print(s, "->", repr(datetime.fromisoformat(s)))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, timezone.utc), repr(datetime.utcfromtimestamp(86400.25)))
print(datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(2024, 1, 1, 12, tzinfo=timezone.utc).timestamp(), datetime(2001, 9, 9, 1, 46, 40, tzinfo=timezone.utc).timestamp())
a = datetime(2024, 3, 10, 8, 0)
b = datetime(2024, 1, 1, 20, 30)
print(a - b, b - a, (a - b).total_seconds(), a + timedelta(days=1, hours=-9), a - timedelta(weeks=10), timedelta(hours=1) + a)
print(datetime(2024, 2, 28, 23) + timedelta(hours=1), datetime(2023, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1))
print(a > b, a == datetime(2024, 3, 10, 8), a != b, sorted([a, b])[0], max(a, b) - min(a, b))
print(datetime(2020, 1, 1) == date(2020, 1, 1), {datetime(2020, 1, 1): "x"}[datetime(2020, 1, 1, 0, 0)])
print(dt.timetuple(), dt.utctimetuple().tm_hour)
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.min))

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("hour 24", lambda: datetime(2020, 1, 1, 24))
attempt("minute 60", lambda: datetime(2020, 1, 1, 0, 60))
attempt("second 60", lambda: datetime(2020, 1, 1, 0, 0, 60))
attempt("usec", lambda: datetime(2020, 1, 1, 0, 0, 0, 1000000))
attempt("fold 2", lambda: datetime(2020, 1, 1, fold=2))
attempt("tzinfo int", lambda: datetime(2020, 1, 1, tzinfo=5))
attempt("missing day", lambda: datetime(2020, 1))
attempt("bad kw", lambda: datetime(2020, 1, 1, foo=1))
attempt("iso garbage", lambda: datetime.fromisoformat("not a date"))
attempt("iso hour 25", lambda: datetime.fromisoformat("2020-01-02T25:00"))
attempt("bad timespec", lambda: dt.isoformat(timespec="days"))
attempt("naive - aware", lambda: datetime(2020, 1, 1, tzinfo=timezone.utc) - datetime(2020, 1, 1))
attempt("naive < aware", lambda: datetime(2020, 1, 1, tzinfo=timezone.utc) < datetime(2020, 1, 1))
attempt("naive == aware", lambda: datetime(2020, 1, 1, tzinfo=timezone.utc) == datetime(2020, 1, 1))
attempt("dt < date", lambda: datetime(2020, 1, 1) < date(2020, 1, 1))
attempt("dt + int", lambda: dt + 5)
attempt("dt + dt", lambda: dt + dt)
attempt("overflow", lambda: datetime.max + timedelta(1))
attempt("combine bad", lambda: datetime.combine(1, time()))
