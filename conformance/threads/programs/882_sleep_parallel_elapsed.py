# Covers: time.sleep releases the GIL: three threads sleeping 0.2 s each finish in about
# 0.2 s, not 0.6 s; a sequential run takes about 0.6 s. Elapsed times (time.monotonic
# differences) are rounded to 0.1 s.
import threading
import time


def nap(seconds):
    time.sleep(seconds)


t0 = time.monotonic()
for _ in range(3):
    nap(0.2)
sequential = time.monotonic() - t0

t0 = time.monotonic()
threads = [threading.Thread(target=nap, args=(0.2,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
parallel = time.monotonic() - t0

print("sequential:", round(sequential, 1), "s")
print("threaded:  ", round(parallel, 1), "s")
print("speed-up about", round(sequential / parallel), "x")
t0 = time.monotonic()
time.sleep(0)
print("sleep(0) returns at once:", round(time.monotonic() - t0, 1))
print("monotonic never goes back:", time.monotonic() >= t0)
for bad in [-1, "1"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
