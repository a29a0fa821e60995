# Covers: datetime.timezone (utc, fixed offsets, names, reprs, str, validation), aware datetimes (utcoffset/tzname/dst, astimezone between zones, isoformat offsets, comparisons and differences across zones), time objects with tzinfo, and a user tzinfo subclass.
from datetime import datetime, time, timedelta, timezone, tzinfo

utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30))
est = timezone(timedelta(hours=-5), "EST")
odd = timezone(timedelta(hours=1, seconds=30))
for tz in [utc, ist, est, odd, timezone(timedelta(0)), timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone(timedelta(0)) is utc, timezone(timedelta(0), "Z") == utc, ist == timezone(timedelta(minutes=330)), hash(utc) == hash(timezone(timedelta(0))))
t = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(t, repr(t), t.utcoffset(), t.tzname(), t.dst(), t.isoformat())
for tz in [ist, est, odd]:
    local = t.astimezone(tz)
    print(local, local.tzname(), local.utcoffset(), local == t, local - t, local.isoformat(timespec="minutes"))
print(datetime(2024, 6, 1, 12, tzinfo=ist) < datetime(2024, 6, 1, 12, tzinfo=utc), datetime(2024, 6, 1, 17, 30, tzinfo=ist) == t)
print(datetime(2024, 6, 1, 12, tzinfo=ist) - datetime(2024, 6, 1, 12, tzinfo=est), datetime(2024, 6, 1, tzinfo=est).astimezone(utc))
print(datetime.fromtimestamp(3600, est), datetime(2024, 1, 1, tzinfo=est).timestamp(), t.replace(tzinfo=None), t.replace(tzinfo=ist))
print(time(9, 30, tzinfo=ist), repr(time(9, 30, tzinfo=ist)), time(9, 30, tzinfo=ist).utcoffset(), time(9, 30, tzinfo=est).tzname(), time(9, 30, 15, 5, tzinfo=odd).isoformat())
print(t.strftime("%Y-%m-%d %H:%M %z %Z"), datetime(2024, 1, 1, tzinfo=est).strftime("%z|%Z"), datetime(2024, 1, 1).strftime("[%z][%Z]"))
print(datetime.fromisoformat("2024-06-01T12:00:00+05:30").tzinfo == ist, datetime.fromisoformat("2024-06-01T12:00:00+00:00").tzinfo is utc)

class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.offset = timedelta(hours=hours)
        self.name = name
    def utcoffset(self, dt):
        return self.offset
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return f"Fixed({self.name})"

berlin = Fixed(1, "CET")
x = datetime(2024, 1, 15, 9, 0, tzinfo=berlin)
print(x, repr(x), x.utcoffset(), x.tzname(), x.astimezone(utc), t.astimezone(berlin), x.isoformat(), x.strftime("%H:%M %Z %z"))
print(x - datetime(2024, 1, 15, 9, 0, tzinfo=utc), x == datetime(2024, 1, 15, 8, 0, tzinfo=utc))

class Broken(tzinfo):
    def utcoffset(self, dt):
        return 60

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("offset 24h", lambda: timezone(timedelta(hours=24)))
attempt("offset int", lambda: timezone(3600))
attempt("name int", lambda: timezone(timedelta(0), 5))
attempt("abstract", lambda: tzinfo().utcoffset(None))
attempt("broken offset", lambda: datetime(2020, 1, 1, tzinfo=Broken()).utcoffset())
attempt("aware vs naive time", lambda: time(1, tzinfo=utc) < time(2))
