# Covers: what happens to locks still held when their thread ends: a Lock stays locked and
# any thread may release it; an RLock stays owned by the dead thread (other threads time out,
# release() raises RuntimeError, the repr keeps the count); a Condition whose RLock is lost
# that way; a Semaphore slot taken and never returned; with-blocks release even when the
# thread dies from an exception.
import re
import threading

lock = threading.Lock()
rlock = threading.RLock()
sem = threading.BoundedSemaphore(2)
safe = threading.Lock()


def show(obj):
    return re.sub(r"owner=\d+", "owner=<dead thread>", re.sub(r" at 0x[0-9a-f]+", "", repr(obj)))


def grab_and_leave():
    lock.acquire()
    rlock.acquire()
    rlock.acquire()
    sem.acquire()


def grab_with_block_and_die():
    with safe:
        raise RuntimeError("dies inside a with block")


threading.excepthook = lambda args: print("thread died:", args.exc_value)
t = threading.Thread(target=grab_and_leave)
t.start()
t.join()
print("thread finished:", not t.is_alive())
print("Lock:", lock.locked(), "| RLock:", show(rlock), "| Semaphore value:", sem._value)
print("main acquire(timeout=0.05) on the Lock:", lock.acquire(timeout=0.05))
lock.release()
print("main released the Lock of a dead thread:", not lock.locked())
print("main acquire(timeout=0.05) on the RLock:", rlock.acquire(timeout=0.05))
try:
    rlock.release()
except RuntimeError as e:
    print("RLock release by main: RuntimeError:", e)
cond = threading.Condition(rlock)
print("Condition over that RLock: acquire(timeout=0.05) ->", cond.acquire(timeout=0.05))
try:
    cond.wait(0.01)
except RuntimeError as e:
    print("Condition.wait: RuntimeError:", e)
print("Semaphore: two acquires ->", sem.acquire(timeout=0.05), sem.acquire(timeout=0.05))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("Semaphore: third release: ValueError:", e)

d = threading.Thread(target=grab_with_block_and_die)
d.start()
d.join()
print("with block released the lock of the dying thread:", not safe.locked())

print("RLock still:", show(rlock))
