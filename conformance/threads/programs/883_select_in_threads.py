# Covers: select.select([], [], [], timeout) used as a blocking "system call" that releases
# the GIL (the seed 001 slow_systemcall idea): 5 calls of 0.1 s run in about 0.5 s one after
# another, about 0.1 s in 5 threads. Elapsed times rounded to 0.1 s.
import select
import threading
import time


def slow_systemcall():
    r = select.select([], [], [], 0.1)
    return r


print("select returns:", slow_systemcall())
t0 = time.monotonic()
for _ in range(5):
    slow_systemcall()
print("serial:", round(time.monotonic() - t0, 1), "s")

t0 = time.monotonic()
threads = [threading.Thread(target=slow_systemcall) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("threads:", round(time.monotonic() - t0, 1), "s")
print("select(.., 0) polls:", select.select([], [], [], 0))
try:
    select.select([], [], [], -1)
except ValueError as e:
    print("ValueError:", e)
