# Covers: datetime arithmetic with timedelta, differences between datetimes, timedelta math (mul/div/floordiv/mod), strftime codes, strptime, calendar-ish loops.
from datetime import datetime, date, timedelta

start = datetime(2022, 7, 25, 11, 55, 15, 709096)
for i in range(5):
    print("task {} at {}".format(i, start + timedelta(hours=8, microseconds=i * 137)))
a = datetime(2024, 3, 10, 8, 0)
b = datetime(2024, 1, 1, 20, 30)
diff = a - b
print(diff, diff.days, diff.seconds, diff.total_seconds(), b - a, (b - a).days)
print(date(2024, 12, 25) - date(2024, 1, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(date(2024, 1, 31) + timedelta(days=1), date(2023, 12, 31) + timedelta(days=1), datetime(2024, 2, 28, 23) + timedelta(hours=1))
td = timedelta(hours=3, minutes=30)
print(td * 2, td / 2, td // 4, td / timedelta(minutes=15), td % timedelta(hours=1), td * 1.5, -td, td - timedelta(hours=4))
print(sum([timedelta(minutes=20)] * 7, timedelta()), timedelta(days=1) > timedelta(hours=23))
dt = datetime(2023, 9, 5, 14, 7, 9, 12345)
for fmt in ["%Y-%m-%d", "%d/%m/%Y %H:%M", "%A %B %d", "%a %b %-d" if False else "%a %b %d", "%I:%M:%S %p", "%j", "%U %W", "%y%m%d", "%f", "%%Y literal", "%H:%M:%S.%f", "%c", "%x", "%X"]:
    print(repr(fmt), "->", dt.strftime(fmt))
print(f"{dt:%Y/%m/%d}", "{:%H.%M}".format(dt), date(2020, 5, 17).strftime("%d %b %Y (%a)"))
parsed = datetime.strptime("2021-11-03 16:45:00", "%Y-%m-%d %H:%M:%S")
print(parsed, repr(parsed), datetime.strptime("03/Nov/21", "%d/%b/%y").date())
try:
    datetime.strptime("2021-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
d = date(2024, 2, 1)
days = []
while d.month == 2:
    if d.weekday() == 0:
        days.append(d.day)
    d += timedelta(days=1)
print("Mondays in Feb 2024:", days)
birth = date(1990, 6, 15)
today = date(2024, 6, 14)
age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
print("age:", age)
try:
    datetime(2020, 1, 1) + 5
except TypeError as e:
    print("TypeError:", e)
