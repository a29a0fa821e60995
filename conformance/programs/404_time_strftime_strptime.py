# Covers: time.strftime with many directives (C locale), range errors, strptime with common
# directives (%Y %m %d %H %M %S %y %b %B %a %A %j %p %I %f %z %Z %%), defaults, weekday/yday
# computation, and its errors ("does not match format", "unconverted data remains").
import time

t = time.gmtime(1_000_000_000)
fmt = "%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%H|%I|%j|%m|%M|%p|%S|%u|%U|%w|%W|%x|%X|%y|%Y|%z|%Z|%%|%R|%T|%G|%V|%g|%h|%k|%l|%r|%s"
for part in time.strftime(fmt, t).split("|"):
    print(repr(part), end=" ")
print()
print(time.strftime("%Y-%m-%dT%H:%M:%SZ (%A, week %U/%W, day %j)", time.gmtime(1_700_000_000)))
print(time.strftime("%d/%m/%y %I:%M %p", time.gmtime(86400 * 10000 + 3600 * 15 + 61)))
print(time.strftime("%B %d, %Y", (2024, 2, 29, 0, 0, 0, 3, 60, 0)), time.strftime("no directives"))
print(time.strftime("%G-W%V-%u", time.gmtime(time.mktime((2021, 1, 3, 0, 0, 0, 0, 0, 0)))))
print(time.strftime("%G-W%V-%u", time.gmtime(time.mktime((2020, 12, 31, 0, 0, 0, 0, 0, 0)))))
print(time.strftime("%m %d %j", (2021, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in ((2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0)):
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print("strftime:", e)

print(time.strptime("2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Mon Nov 13 2023", "%a %b %d %Y"))
print(time.strptime("12:30 PM", "%I:%M %p"))
print(time.strptime("12:30 am", "%I:%M %p")[3:5], time.strptime("1 pm", "%I %p").tm_hour)
print(time.strptime("31 December 99", "%d %B %y")[:3], time.strptime("1 jan 68", "%d %b %y")[:3])
print(time.strptime("2024 060", "%Y %j")[:3], time.strptime("29 Feb", "%d %b")[:3])
print(time.strptime("Tuesday 2024-01-02", "%A %Y-%m-%d").tm_wday, time.strptime("2024-01-07", "%Y-%m-%d").tm_wday)
print(time.strptime("5:6:7", "%H:%M:%S")[3:6], time.strptime("2020   5", "%Y %m")[:2])
print(time.strptime("100%", "%d%%").tm_mday if False else time.strptime("10%", "%d%%").tm_mday)
print(time.strptime("2020-01-01 UTC", "%Y-%m-%d %Z").tm_isdst, time.strptime("2020", "%Y").tm_isdst)
r = time.strptime("2021-06-01T10:00:00+0530", "%Y-%m-%dT%H:%M:%S%z")
print(r.tm_gmtoff, r.tm_hour)
print(time.strptime("Wed Jan  1 00:00:00 2020"))
for data, f in (("2023-13-01", "%Y-%m-%d"), ("2023-01-01x", "%Y-%m-%d"), ("2023", "%d"),
                ("abc", "%H"), ("30 Feb 2023", "%d %b %Y"), ("2023-02-30", "%Y-%m-%d")):
    try:
        time.strptime(data, f)
    except ValueError as e:
        print("strptime:", e)
