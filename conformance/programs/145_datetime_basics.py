# Covers: datetime/date/time/timedelta construction, repr/str, isoformat, attributes, weekday, replace, comparisons, fromisoformat; never now().
from datetime import datetime, date, time, timedelta

dt = datetime(2022, 7, 25, 11, 55, 15, 709096)
print(dt)
print(repr(dt))
print(dt + timedelta(hours=8))
print(dt.isoformat(), dt.isoformat(sep=" "), dt.isoformat(timespec="seconds"), dt.date(), dt.time())
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.weekday(), dt.isoweekday())
d = date(2024, 2, 29)
print(d, repr(d), d.isoformat(), d.weekday(), d.replace(year=2028), d.toordinal(), date.fromordinal(1))
t = time(9, 5, 3)
print(t, repr(t), time(23, 59, 59, 999999), time(), t.isoformat(), repr(time(1, 2)))
print(datetime(2000, 1, 1), repr(datetime(2000, 1, 1)), repr(datetime(2000, 1, 1, 12, 30)), str(datetime(1999, 12, 31, 23, 59, 59)))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(hours=-1), repr(timedelta(hours=-1)), timedelta(0), repr(timedelta()), timedelta(weeks=2), timedelta(milliseconds=1500))
print(timedelta(days=-1, seconds=1), -timedelta(days=1, seconds=1), abs(timedelta(days=-3)), timedelta(days=400))
print(date(2024, 1, 1) < date(2024, 1, 2), datetime(2024, 1, 1) == datetime(2024, 1, 1, 0, 0), max(date(2020, 5, 1), date(2019, 12, 31)))
print(datetime.fromisoformat("2021-03-04T05:06:07"), date.fromisoformat("2020-02-02"), datetime(2022, 7, 25).replace(month=12, day=31))
print(datetime.combine(date(2020, 1, 2), time(3, 4)), date(2022, 1, 1).isocalendar(), tuple(date(2022, 1, 1).isocalendar()))
for bad in [lambda: date(2023, 2, 29), lambda: datetime(2020, 13, 1), lambda: time(25), lambda: date.fromisoformat("2020-1-1")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    date(2020, 1, 1) < datetime(2020, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(date.min, date.max, datetime.min, timedelta.max, timedelta.resolution)
