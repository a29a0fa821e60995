# Covers: a Semaphore limiting concurrency (at most 2 "downloads" at a time). Requests
# arrive 0.1 s apart and each holds a slot 0.25 s; the blocked ones wait on the semaphore's
# Condition and are admitted in arrival order. No arrival coincides with a release (they
# are at least 0.05 s apart), so the order of events is fixed; no clock value is printed.
import threading
import time

slots = threading.BoundedSemaphore(2)
state_lock = threading.Lock()
active = []
waited = []
peak = 0


def download(name):
    global peak
    if not slots.acquire(blocking=False):
        with state_lock:
            waited.append(name)
            print(f"{name} waits for a slot, active={active}")
        slots.acquire()
    with state_lock:
        active.append(name)
        peak = max(peak, len(active))
        print(f"{name} starts, active={active}")
    time.sleep(0.25)
    with state_lock:
        active.remove(name)
        print(f"{name} done")
    slots.release()


threads = []
for i in range(5):
    t = threading.Thread(target=download, args=(f"req{i}",))
    t.start()
    threads.append(t)
    time.sleep(0.1)
for t in threads:
    t.join()
print("peak concurrency:", peak)
print("had to wait:", waited)
print("slots free again:", slots._value)
try:
    slots.release()
except ValueError as e:
    print("ValueError:", e)
