# Covers: Event: is_set/set/clear, wait() with and without timeout (False on time-out,
# True at once when already set), set() releasing every waiter, clear() re-arming.
import threading
import time

e = threading.Event()
print("initial:", e.is_set())
t0 = time.monotonic()
print("wait(0.1):", e.wait(0.1), "after about", round(time.monotonic() - t0, 1), "s")
print("wait(0):", e.wait(0))
e.set()
print("after set:", e.is_set(), "wait():", e.wait(), "wait(5):", e.wait(5))
e.set()
print("set twice is fine:", e.is_set())
e.clear()
print("after clear:", e.is_set(), "wait(0.05):", e.wait(0.05))
print("isSet (old alias):", e.isSet())

released = []
lock = threading.Lock()


def waiter(i):
    ok = e.wait()
    with lock:
        released.append((i, ok))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
time.sleep(0.1)
print("before set, released:", released)
e.set()
for t in threads:
    t.join()
print("after set, released:", sorted(released))

# a waiter with a timeout that is too short, and one that is long enough
e.clear()
outcome = {}


def timed(name, timeout):
    outcome[name] = e.wait(timeout)


a = threading.Thread(target=timed, args=("short", 0.05))
b = threading.Thread(target=timed, args=("long", 1.0))
a.start()
b.start()
time.sleep(0.15)
e.set()
a.join()
b.join()
print(sorted(outcome.items()))
