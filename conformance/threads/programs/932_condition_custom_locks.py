# Covers: Condition with locks other than the default RLock: over a plain Lock its
# ownership test only asks "is it locked?", so a thread that does not hold the lock may
# notify while another thread holds it (with an RLock that is a RuntimeError); over a
# duck-typed lock object (acquire/release/__enter__/__exit__ only) wait() and notify() go
# through those methods, logged per thread.
import threading
import time

# 1. plain Lock: any thread can notify while the lock is held by someone else
plain = threading.Condition(threading.Lock())
rlock_cond = threading.Condition(threading.RLock())
holding = threading.Event()
done = threading.Event()


def holder(cond):
    with cond:
        holding.set()
        done.wait()


outcome = []
for cond, label in ((plain, "Lock"), (rlock_cond, "RLock")):
    holding.clear()
    done.clear()
    h = threading.Thread(target=holder, args=(cond,))
    h.start()
    holding.wait()
    try:
        cond.notify()        # main does not hold the lock
        outcome.append((label, "notify ok"))
    except RuntimeError as e:
        outcome.append((label, f"RuntimeError: {e}"))
    done.set()
    h.join()
for o in outcome:
    print(*o)
try:
    plain.notify()           # nobody holds it now: refused
except RuntimeError as e:
    print("Lock, unheld:", e)


# 2. a duck-typed lock
class LoggingLock:
    def __init__(self):
        self._lock = threading.Lock()
        self.log = []

    def _note(self, what):
        self.log.append((threading.current_thread().name, what))

    def acquire(self, blocking=True, timeout=-1):
        got = self._lock.acquire(blocking, timeout)
        self._note(f"acquire({blocking}) -> {got}")
        return got

    def release(self):
        self._note("release")
        self._lock.release()

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        self.release()


lk = LoggingLock()
cond = threading.Condition(lk)
print("Condition uses the lock's methods:", cond.acquire == lk.acquire, cond.release == lk.release)
ready = []


def waiter():
    with cond:
        ready.append("waiting")
        cond.wait()
        ready.append("woken")


w = threading.Thread(target=waiter, name="waiter")
w.start()
while not ready:
    time.sleep(0.02)
time.sleep(0.05)
with cond:
    cond.notify()
    lk.log.append(("MainThread", "notified"))
w.join()
for entry in lk.log:
    print(entry)
print(ready)
