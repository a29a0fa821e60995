# Covers: BrokenBarrierError for waiters when the barrier is aborted, when a wait() times
# out (the barrier breaks for everyone), when the action raises; reset() making it usable.
import threading
import time

print(issubclass(threading.BrokenBarrierError, RuntimeError))
outcomes = []
lock = threading.Lock()


def member(barrier, name, timeout=None):
    try:
        index = barrier.wait(timeout)
        result = f"index {index}"
    except threading.BrokenBarrierError as e:
        result = f"BrokenBarrierError {e.args}"
    with lock:
        outcomes.append((name, result))


def run(barrier, names, timeouts=None):
    outcomes.clear()
    threads = []
    for i, name in enumerate(names):
        t = threading.Thread(target=member, args=(barrier, name, (timeouts or {}).get(name)))
        t.start()
        threads.append(t)
    return threads


# 1. abort() while two of three are waiting
b = threading.Barrier(3)
ts = run(b, ["a", "b"])
time.sleep(0.1)
print("waiting:", b.n_waiting)
b.abort()
for t in ts:
    t.join()
print("abort:", sorted(outcomes), "broken:", b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("a new wait on a broken barrier fails at once")
b.reset()
print("after reset: broken:", b.broken, "waiting:", b.n_waiting)
ts = run(b, ["x", "y", "z"])
for t in ts:
    t.join()
print("after reset, a full round:", sorted(o[0] for o in outcomes), len(outcomes))

# 2. a timeout in one waiter breaks the barrier for the others
b = threading.Barrier(3, timeout=5)
ts = run(b, ["slow", "patient"], timeouts={"slow": 0.1})
for t in ts:
    t.join()
print("timeout:", sorted(outcomes), "broken:", b.broken)

# 3. reset() while threads are waiting: they get BrokenBarrierError, the barrier is usable
b = threading.Barrier(2)
ts = run(b, ["r1"])
time.sleep(0.1)
b.reset()
for t in ts:
    t.join()
print("reset while waiting:", outcomes, "broken:", b.broken)


# 4. the action raises: the last thread gets the exception, the others BrokenBarrierError
def bad_action():
    raise ValueError("action failed")


b = threading.Barrier(2, action=bad_action)
caught = []


def last_arriver():
    time.sleep(0.1)
    try:
        b.wait()
    except ValueError as e:
        caught.append(f"ValueError: {e}")


ts = run(b, ["first"])
la = threading.Thread(target=last_arriver)
la.start()
la.join()
for t in ts:
    t.join()
print("action raised:", outcomes, caught, "broken:", b.broken)
