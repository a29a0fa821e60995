# Covers: Semaphore(0) as a completion signal (main acquires once per finished worker);
# release(n) waking exactly n blocked acquirers, the ones that started waiting first (each
# waiter enters 0.05 s after the previous one; the woken ones are printed sorted); a later acquire(timeout) that gets nothing;
# the value seen in the repr; BoundedSemaphore's limit checked against release(n).
import re
import threading
import time

done = threading.Semaphore(0)
results = []
lock = threading.Lock()


def job(n):
    time.sleep(0.05 * (4 - n))
    with lock:
        results.append(n * n)
    done.release()


for n in range(4):
    threading.Thread(target=job, args=(n,)).start()
for i in range(4):
    done.acquire()
    with lock:
        print(f"signal {i + 1}: {len(results)} result(s) so far")
print("results in finishing order:", results)

gate = threading.Semaphore(0)
admitted = []


def waiter(name):
    gate.acquire()
    with lock:
        admitted.append(name)


waiters = []
for i in range(5):
    w = threading.Thread(target=waiter, args=(f"w{i}",))
    w.start()
    waiters.append(w)
    time.sleep(0.05)
gate.release(2)
time.sleep(0.1)
with lock:
    print("after release(2):", sorted(admitted))
gate.release(3)
for w in waiters:
    w.join()
print("after release(3):", sorted(admitted[2:]))
print("late acquire(timeout=0.05):", gate.acquire(timeout=0.05))
print(re.sub(r" at 0x[0-9a-f]+", "", repr(gate)))

b = threading.BoundedSemaphore(3)
for _ in range(3):
    b.acquire()
b.release(2)
try:
    b.release(2)
except ValueError as e:
    print("ValueError:", e, "| value kept:", b._value)
try:
    b.release(0)
except ValueError as e:
    print("ValueError:", e)
print(re.sub(r" at 0x[0-9a-f]+", "", repr(b)))
