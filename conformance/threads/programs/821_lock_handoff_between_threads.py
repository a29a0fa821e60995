# Covers: a thread blocked in Lock.acquire() wakes when the main thread releases the lock;
# acquire(timeout=...) that gives up; the order of events fixed by 0.1 s steps (the stamps
# are rounded to 0.1 s and never fall near a rounding boundary).
import threading
import time

lock = threading.Lock()
events = []
start = time.monotonic()


def stamp():
    return round(time.monotonic() - start, 1)


def blocked_waiter():
    print("waiter: trying to acquire")
    with lock:
        print("waiter: got the lock at", stamp())
    print("waiter: released")


def impatient():
    ok = lock.acquire(timeout=0.1)
    print("impatient: acquire(timeout=0.1) ->", ok, "at", stamp())
    if ok:
        lock.release()


lock.acquire()
print("main: holding the lock")
w = threading.Thread(target=blocked_waiter)
w.start()
time.sleep(0.1)
i = threading.Thread(target=impatient)
i.start()
i.join()
time.sleep(0.1)
print("main: releasing at", stamp())
lock.release()
w.join()
print("main: lock free again:", not lock.locked())
