# Covers: threading.Lock: acquire/release return values, locked(), blocking=False,
# timeout, the context manager, errors, and that any thread may release a Lock.
import threading
import time

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print("acquire:", lock.acquire(), lock.locked())
print("non-blocking while held:", lock.acquire(blocking=False))
print("acquire(False):", lock.acquire(False))
t0 = time.monotonic()
print("timeout=0.1 while held:", lock.acquire(timeout=0.1))
print("waited about", round(time.monotonic() - t0, 1), "s")
print("timeout=0:", lock.acquire(True, 0))
print("release:", lock.release(), lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())

try:
    with lock:
        raise ValueError("boom")
except ValueError:
    print("released after an exception:", not lock.locked())

for args, kwargs in [((False, 1), {}), ((), {"timeout": -2}), ((), {"timeout": -1})]:
    try:
        r = lock.acquire(*args, **kwargs)
        print("acquire", args, kwargs, "->", r)
        lock.release()
    except ValueError as e:
        print("ValueError:", e)

# a Lock has no owner: another thread can release it
lock.acquire()
helper = threading.Thread(target=lock.release)
helper.start()
helper.join()
print("released by another thread:", not lock.locked())

# a Lock is not reentrant: a second acquire by the same thread would block
lock.acquire()
print("second acquire by the owner, with timeout:", lock.acquire(timeout=0.05))
lock.release()
print("__enter__ returns", lock.__enter__(), "| __exit__ returns", lock.__exit__(None, None, None))
print(threading.Lock is threading._allocate_lock, type(lock) is type(threading.Lock()))
