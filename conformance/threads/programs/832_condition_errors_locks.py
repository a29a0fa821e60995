# Covers: Condition errors without the lock, Condition over a Lock vs the default RLock,
# wait() releasing a reentrantly held RLock completely and restoring the recursion level,
# acquire/release/context manager delegation.
import threading
import time


def attempt(label, fn):
    try:
        r = fn()
    except RuntimeError as e:
        print(f"{label}: RuntimeError: {e}")
    else:
        print(f"{label}: {r}")


c = threading.Condition()
attempt("wait without lock", c.wait)
attempt("wait(1) without lock", lambda: c.wait(1))
attempt("wait_for without lock", lambda: c.wait_for(lambda: False, 0.01))
attempt("notify without lock", c.notify)
attempt("notify_all without lock", c.notify_all)
attempt("release without lock", c.release)
attempt("acquire", c.acquire)
attempt("acquire again (RLock)", lambda: c.acquire(False))
attempt("release", c.release)
attempt("release", c.release)

plain = threading.Condition(threading.Lock())
with plain:
    attempt("Lock-based acquire(False) while held", lambda: plain.acquire(False))
    attempt("Lock-based notify", plain.notify)

# the RLock is held twice; wait() releases it completely so that the other thread can
# take it, then restores both levels
shared = threading.RLock()
cond = threading.Condition(shared)
log = []


def other():
    time.sleep(0.05)
    got = shared.acquire(timeout=1)
    log.append(("other got the RLock", got))
    with cond:
        cond.notify()
    shared.release()


def probe():
    """Can another thread take the RLock right now? (it gives it back at once)"""
    seen = []

    def try_it():
        got = shared.acquire(False)
        seen.append(got)
        if got:
            shared.release()

    p = threading.Thread(target=try_it)
    p.start()
    p.join()
    return seen[0]


t = threading.Thread(target=other)
t.start()
with cond:
    with cond:
        ok = cond.wait(timeout=1)
        log.append(("waiter woke", ok))
        log.append(("probe while held twice", probe()))
    log.append(("probe while held once", probe()))
log.append(("probe after both with blocks", probe()))
t.join()
for entry in log:
    print(*entry)
