# Covers: the low-level _thread module: start_new_thread, allocate_lock, get_ident,
# LockType, error, stack_size, TIMEOUT_MAX (and threading.TIMEOUT_MAX).
import _thread
import threading

done = _thread.allocate_lock()
done.acquire()
results = []


def child(a, b, *, c=0):
    results.append(("child", a + b + c, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(child, (1, 2), {"c": 3})
print("start_new_thread returned an int:", isinstance(ident, int))
done.acquire()          # blocks until the child releases it
print(results)
print(type(done) is _thread.LockType, _thread.LockType.__name__, _thread.LockType.__module__)
print(_thread.error is RuntimeError, threading.ThreadError is _thread.error)
print("stack_size:", _thread.stack_size(), threading.stack_size())
print("TIMEOUT_MAX:", _thread.TIMEOUT_MAX, threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)
print(_thread.get_ident() == threading.get_ident() == threading.main_thread().ident)
try:
    _thread.start_new_thread(child, [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(child, (1, 2), [])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(42, ())
except TypeError as e:
    print("TypeError:", e)
lk = _thread.allocate_lock()
print(lk.acquire(0), lk.acquire(0), lk.locked())
lk.release()
print(lk.acquire_lock(), lk.locked_lock())
lk.release_lock()
print(type(_thread.RLock()).__name__)
