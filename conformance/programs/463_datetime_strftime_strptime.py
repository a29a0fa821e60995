# Covers: strftime with every common directive (and glibc's %-d style flags, %e, %C, %G/%V/%u, %s-free), __format__ in f-strings and str.format, time.strftime-style formats on date and time objects, and strptime parsing (names, %I/%p, %j, %U/%W, %f, %z, %y pivot) with its error messages.
from datetime import datetime, date, time, timezone, timedelta

dt = datetime(2023, 9, 5, 14, 7, 9, 12345)
directives = "a A w d b B m y Y H I p M S f z Z j U W c x X % G V u e C D F T R h k l n t P g"
for d in directives.split():
    print(f"%{d}", repr(dt.strftime("%" + d)))
print(dt.strftime("%-d/%-m/%y %-H:%M"), dt.strftime("%Y%m%d-%H%M%S.%f"), dt.strftime("%%Y %% literal"), dt.strftime("no directives"))
print(date(5, 1, 1).strftime("%Y|%y|%G"), date(2021, 1, 3).strftime("%G-W%V-%u %U %W"), date(2020, 12, 31).strftime("%j %U %W %V"))
print(time(7, 5, 3, 42).strftime("%H:%M:%S.%f %p %I"), time(0).strftime("%I %p"), time(12).strftime("%I %p"), time(23, 59).strftime("%l:%M %P"))
print(f"{dt:%d.%m.%Y}", "{:%H:%M}".format(dt), f"{dt.date():%A}", f"{time(9):%H}", format(dt, ""), f"{dt}", f"{dt!r}")
aware = datetime(2024, 2, 29, 23, 59, 59, tzinfo=timezone(timedelta(hours=-3, minutes=-30), "NST"))
print(aware.strftime("%Y-%m-%dT%H:%M:%S%z (%Z)"), datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=-3661))).strftime("%z"))

cases = [
    ("2021-11-03 16:45:00", "%Y-%m-%d %H:%M:%S"),
    ("03/Nov/21", "%d/%b/%y"),
    ("Wednesday, November 03, 1999", "%A, %B %d, %Y"),
    ("5:07 pm", "%I:%M %p"),
    ("12:30 AM", "%I:%M %p"),
    ("2024 060", "%Y %j"),
    ("2023 36 2", "%Y %U %w"),
    ("2023 36 1", "%Y %W %w"),
    ("12:00:00.5", "%H:%M:%S.%f"),
    ("2024-05-06T07:08:09+0530", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-05-06 07:08 -02:00", "%Y-%m-%d %H:%M %z"),
    ("2024-05-06 Z", "%Y-%m-%d %z"),
    ("  7/4/1776", " %m/%d/%Y"),
    ("69", "%y"),
    ("68", "%y"),
    ("1 1 01", "%d %m %y"),
    ("Tue Sep  5 14:07:09 2023", "%c"),
    ("09/05/23", "%x"),
    ("14:07:09", "%X"),
    ("year 2001", "year %Y"),
    ("jan 2 2003", "%b %d %Y"),
]
for text, fmt in cases:
    print(repr(text), repr(fmt), "->", repr(datetime.strptime(text, fmt)))

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("month 13", lambda: datetime.strptime("2021-13-01", "%Y-%m-%d"))
attempt("extra data", lambda: datetime.strptime("2021-11-03 16:45", "%Y-%m-%d"))
attempt("bad directive", lambda: datetime.strptime("x", "%Q"))
attempt("stray percent", lambda: datetime.strptime("5", "%d%"))
attempt("feb 30", lambda: datetime.strptime("Feb 30 2021", "%b %d %Y"))
attempt("no match", lambda: datetime.strptime("hello", "%H"))
attempt("one-digit %y", lambda: datetime.strptime("1 1 1", "%d %m %y"))
attempt("not str", lambda: datetime.strptime(20210101, "%Y%m%d"))
attempt("strftime not str", lambda: dt.strftime(None))
