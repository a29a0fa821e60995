# Covers: Semaphore and BoundedSemaphore: counting, acquire(blocking=False), acquire with a
# timeout, release(n), context manager, error messages, over-release of a plain Semaphore.
import threading
import time


def attempt(label, fn):
    try:
        r = fn()
    except ValueError as e:
        print(f"{label}: ValueError: {e}")
    else:
        print(f"{label}: {r}")


s = threading.Semaphore(2)
print(type(s).__name__, s._value)
attempt("acquire", s.acquire)
attempt("acquire", lambda: s.acquire(blocking=True))
attempt("acquire(False) at zero", lambda: s.acquire(False))
t0 = time.monotonic()
attempt("acquire(timeout=0.1) at zero", lambda: s.acquire(timeout=0.1))
print("waited about", round(time.monotonic() - t0, 1), "s")
attempt("release(2)", lambda: s.release(2))
print("value", s._value)
attempt("release() beyond the start value", s.release)
print("value", s._value, "(a plain Semaphore may exceed its initial value)")
attempt("release(0)", lambda: s.release(0))
attempt("acquire(False, 1)", lambda: s.acquire(False, 1))
with s:
    print("inside with: value", s._value)
print("after with: value", s._value)

attempt("Semaphore(-1)", lambda: threading.Semaphore(-1))
attempt("Semaphore(0).acquire(False)", lambda: threading.Semaphore(0).acquire(False))
print("default value:", threading.Semaphore()._value)

b = threading.BoundedSemaphore(2)
print(type(b).__name__, isinstance(b, threading.Semaphore))
attempt("bounded acquire", b.acquire)
attempt("bounded release", b.release)
attempt("bounded release beyond start", b.release)
attempt("bounded acquire x2", lambda: (b.acquire(), b.acquire()))
attempt("bounded release(3)", lambda: b.release(3))
print("value after the failed release(3):", b._value)
attempt("bounded release(2)", lambda: b.release(2))
attempt("BoundedSemaphore(-2)", lambda: threading.BoundedSemaphore(-2))

# a thread blocked on a semaphore is released by another thread's release()
gate = threading.Semaphore(0)


def waiter():
    print("waiter: acquire ->", gate.acquire(timeout=1))


w = threading.Thread(target=waiter)
w.start()
time.sleep(0.05)
print("main: releasing")
gate.release()
w.join()
