# Covers: edge values for timeouts across the threading/queue API: threading.TIMEOUT_MAX
# accepted by a free Lock, values above it (2*TIMEOUT_MAX, 1e100, inf) raising OverflowError
# only when the call would really wait, NaN refused with ValueError, time.sleep's own
# messages, negative timeouts (-1 means "forever" for Lock.acquire but "do not wait" for
# Condition/Event/Semaphore/join), and timeouts of the wrong type.
import queue
import threading
import time


def attempt(label, fn):
    try:
        r = fn()
    except (OverflowError, ValueError, TypeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {r!r}")


MAX = threading.TIMEOUT_MAX
print("TIMEOUT_MAX is a float:", type(MAX).__name__, MAX > 1e9)
lock = threading.Lock()
attempt("free lock, timeout=TIMEOUT_MAX", lambda: lock.acquire(timeout=MAX))
lock.release()
for label, value in [("2*TIMEOUT_MAX", MAX * 2), ("1e100", 1e100), ("inf", float("inf")),
                     ("nan", float("nan")), ("-1", -1), ("-0.5", -0.5), ("'1'", "1")]:
    attempt(f"free lock, timeout={label}", lambda: lock.acquire(timeout=value))
    if lock.locked():
        lock.release()
lock.acquire()
attempt("held lock, timeout=1e100", lambda: lock.acquire(timeout=1e100))
attempt("held lock, timeout=0", lambda: lock.acquire(timeout=0))
lock.release()

attempt("sleep(1e100)", lambda: time.sleep(1e100))
attempt("sleep(nan)", lambda: time.sleep(float("nan")))
attempt("sleep(-0.1)", lambda: time.sleep(-0.1))

ev = threading.Event()
attempt("Event.wait(1e100), unset", lambda: ev.wait(1e100))
attempt("Event.wait(-1)", lambda: ev.wait(-1))
ev.set()
attempt("Event.wait(1e100), set", lambda: ev.wait(1e100))

sem = threading.Semaphore(1)
attempt("Semaphore(1).acquire(timeout=1e100)", lambda: sem.acquire(timeout=1e100))
attempt("Semaphore(0).acquire(timeout=-1)", lambda: sem.acquire(timeout=-1))
attempt("Semaphore(0).acquire(timeout=1e100)", lambda: sem.acquire(timeout=1e100))

cond = threading.Condition()
with cond:
    attempt("Condition.wait(-3)", lambda: cond.wait(-3))
    attempt("Condition.wait_for(false, -3)", lambda: cond.wait_for(lambda: 0, -3))

q = queue.Queue()
attempt("Queue.get(timeout=1e100)", lambda: q.get(timeout=1e100))
attempt("Queue.get(timeout=-1)", lambda: q.get(timeout=-1))
attempt("Queue.get(timeout='x')", lambda: q.get(timeout="x"))
q.put(1)
attempt("Queue.get(timeout=1e100), item ready", lambda: q.get(timeout=1e100))

t = threading.Thread(target=time.sleep, args=(0.2,))
t.start()
start = time.monotonic()
attempt("join(-1) on a running thread", lambda: t.join(-1))
print("returned at once:", round(time.monotonic() - start, 1), "| alive:", t.is_alive())
attempt("join('soon')", lambda: t.join("soon"))
t.join()
print("alive after join():", t.is_alive())
