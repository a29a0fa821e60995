# Covers: time on the virtual clock (values are never printed, only compared), sleep (incl. errors),
# gmtime/localtime fields and struct_time repr/indexing/slicing/attributes (tm_zone, tm_gmtoff),
# struct_time construction and errors, mktime, asctime, ctime, timezone constants.
import time

t0, p0, m0, n0 = time.time(), time.perf_counter(), time.monotonic(), time.time_ns()
pc0, pt0 = time.process_time(), time.perf_counter_ns()
time.sleep(0.25)
time.sleep(0)
t1, p1, m1, n1 = time.time(), time.perf_counter(), time.monotonic(), time.time_ns()
print("forward:", t1 > t0, p1 > p0, m1 > m0, n1 > n0, time.perf_counter_ns() > pt0)
print("slept at least 0.25s:", p1 - p0 >= 0.25, t1 - t0 >= 0.25, (n1 - n0) >= 250_000_000)
print("types:", type(t0).__name__, type(n0).__name__, type(pc0).__name__, type(time.monotonic_ns()).__name__)
print("thread/process clocks:", isinstance(time.thread_time(), float), time.process_time() >= pc0)
for bad in (-1, -0.5, "1", None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print("sleep(%r):" % (bad,), type(e).__name__, e)

epoch = time.gmtime(0)
print(epoch)
print(epoch.tm_year, epoch.tm_mon, epoch.tm_mday, epoch.tm_wday, epoch.tm_yday, epoch.tm_zone, epoch.tm_gmtoff)
print(epoch[0], epoch[-1], epoch[:3], len(epoch), tuple(epoch)[6:], list(epoch) == list(time.gmtime(0)))
print(time.gmtime(1_700_000_000))
print(time.gmtime(-1))
print(time.gmtime(951782400.9))
print(time.localtime(86400 * 366).tm_zone, time.localtime(0) == time.gmtime(0), type(epoch).__name__)
print(time.gmtime(2**31))
leap = time.gmtime(time.mktime((2024, 2, 29, 12, 0, 0, 0, 0, 0)))
print(leap.tm_yday, leap.tm_wday, time.mktime((2024, 2, 29, 12, 0, 0, 0, 0, 0)))
print(time.mktime((2023, 13, 1, 0, 0, 0, 0, 0, -1)), time.mktime((2023, 3, 0, 0, 0, 0, 0, 0, -1)))
st = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(st, st.tm_hour, st.tm_zone)
st2 = time.struct_time([2020, 1, 1, 0, 0, 0, 2, 1, 0, "XYZ", 3600])
print(st2.tm_zone, st2.tm_gmtoff, len(st2), st2 == (2020, 1, 1, 0, 0, 0, 2, 1, 0))
for bad in ((1, 2, 3), list(range(12))):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("struct_time:", e)
print(time.asctime(time.gmtime(0)), "|", time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.ctime(0), "|", time.ctime(1_000_000_000.7))
print(time.asctime(time.gmtime(10**10)), time.gmtime(10**10).tm_year)
print(time.timezone, time.altzone, time.daylight, time.tzname)
try:
    time.gmtime("now")
except TypeError as e:
    print("gmtime:", e)
