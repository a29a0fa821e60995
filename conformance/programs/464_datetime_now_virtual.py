# Covers: datetime.now()/utcnow()/today()/date.today()/now(tz) on the clock, checked only through relations that hold on any run (types, ordering, consistency between the calls, time advancing after work) — never the actual values.
from datetime import datetime, date, timezone, timedelta

a = datetime.now()
b = datetime.utcnow()
c = datetime.today()
d = date.today()
u = datetime.now(timezone.utc)
print(type(a).__name__, type(b).__name__, type(c).__name__, type(d).__name__, a.tzinfo, u.tzinfo)
print(a.year >= 2023, d >= date(2023, 1, 1), u > datetime(2023, 1, 1, tzinfo=timezone.utc))
print(abs(u - datetime.now(timezone.utc)) < timedelta(minutes=5), abs(datetime.now(timezone.utc).timestamp() - u.timestamp()) < 300)
total = 0
for i in range(20000):
    total += i * i
later = datetime.now(timezone.utc)
print(total, later >= u, (later - u).total_seconds() >= 0, isinstance(later - u, timedelta))
print(u.astimezone(timezone(timedelta(hours=2))).utcoffset(), datetime.now(timezone(timedelta(hours=-8))).utcoffset())
stamp = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
print(len(stamp), stamp[4], stamp[13], datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").year == datetime.now().year)
