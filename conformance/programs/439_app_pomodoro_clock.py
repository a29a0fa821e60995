# Covers: a timer/scheduler program on the virtual clock: time.sleep advances time.monotonic and
# time.time (only compared, never printed), time.strftime/gmtime/mktime for a fixed
# schedule, struct_time arithmetic via mktime, and elapsed-time formatting with divmod.
import time

start = time.monotonic()
wall = time.time()
log = []
for i, (task, minutes) in enumerate([("write", 0.03), ("break", 0.01), ("review", 0.02)], 1):
    t0 = time.perf_counter()
    time.sleep(minutes)
    spent = time.perf_counter() - t0
    log.append((task, spent >= minutes))
    print(f"session {i}: {task:<7} slept at least {minutes}s: {spent >= minutes}")
print(log, time.monotonic() - start >= 0.06, time.time() - wall >= 0.06)
day = time.mktime((2024, 3, 15, 9, 0, 0, 0, 0, -1))
schedule = []
for slot, length in enumerate([25, 5, 25, 5, 25, 15]):
    begin = time.gmtime(day)
    schedule.append(f"{time.strftime('%H:%M', begin)}-{time.strftime('%H:%M', time.gmtime(day + length * 60))}")
    day += length * 60
print(schedule)
print(time.strftime("%A %d %B %Y, week %W", time.gmtime(day)), time.gmtime(day).tm_yday)


def fmt_duration(seconds):
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


print([fmt_duration(s) for s in (0, 59, 61, 3599, 3600, 86399, 90061)])
deadline = time.strptime("2024-03-20 17:30", "%Y-%m-%d %H:%M")
now = time.strptime("2024-03-15 09:00", "%Y-%m-%d %H:%M")
left = time.mktime(deadline) - time.mktime(now)
print("time left:", fmt_duration(left), "=", left / 3600, "hours;", deadline.tm_wday, now.tm_yday)
