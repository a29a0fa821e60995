# Covers: Event semantics with blocked waiters: set() immediately followed by clear() still
# wakes every waiter with True (wait() returns the value of the wake-up, not the flag);
# waiters with a short timeout return False, longer ones True; wait(0) and wait(-1) never
# block; wait(None) blocks until set; is_set() as seen by the woken threads.
import threading
import time

ev = threading.Event()
lock = threading.Lock()
outcomes = []


def waiter(name, timeout):
    got = ev.wait(timeout)
    with lock:
        outcomes.append((name, got, ev.is_set()))


threads = [threading.Thread(target=waiter, args=(f"w{i}", None)) for i in range(3)]
for t in threads:
    t.start()
time.sleep(0.05)
ev.set()
ev.clear()               # cleared before any waiter runs again
for t in threads:
    t.join()
print("set+clear:", sorted(outcomes))

outcomes.clear()
specs = [("short", 0.05), ("long", 1.0), ("none", None), ("zero", 0), ("negative", -1)]
threads = [threading.Thread(target=waiter, args=spec) for spec in specs]
start = time.monotonic()
for t in threads:
    t.start()
time.sleep(0.2)
with lock:
    before = sorted(o[0] for o in outcomes)
ev.set()
for t in threads:
    t.join()
print("finished before set():", before)
print("all:", sorted(outcomes))
print("elapsed", round(time.monotonic() - start, 1))

# a waiter that starts after set() returns at once; after clear() it blocks again
outcomes.clear()
t = threading.Thread(target=waiter, args=("late", 2))
t.start()
t.join()
ev.clear()
t = threading.Thread(target=waiter, args=("after-clear", 0.05))
t.start()
t.join()
print(outcomes)
