# Covers: Condition.notify() wakes waiters in the order they started waiting (FIFO),
# notify(n) wakes the next n, notify(0) nobody, notify_all() the rest; wait() returns True
# when notified. The main thread starts each waiter only after the previous one is inside
# wait(), and checks progress under the lock, so nothing depends on timing; when several
# wake at once only the set is printed (sorted).
import threading
import time

cond = threading.Condition()
registered = []
woken = []


def waiter():
    with cond:
        registered.append(threading.current_thread().name)
        ok = cond.wait()          # releases the lock: only now can main see the entry
        woken.append((threading.current_thread().name, ok))


def wait_until(predicate):
    while True:
        with cond:
            if predicate():
                return
        time.sleep(0.01)


threads = []
for i in range(7):
    t = threading.Thread(target=waiter, name=f"w{i}")
    t.start()
    threads.append(t)
    wait_until(lambda: len(registered) == i + 1)
print("waiting in order:", registered)

for k in range(1, 4):
    with cond:
        cond.notify()
    wait_until(lambda: len(woken) == k)
    print("after notify():", woken[-1])

with cond:
    cond.notify(2)
wait_until(lambda: len(woken) == 5)
print("after notify(2):", sorted(woken[3:]))

with cond:
    cond.notify(0)          # wakes nobody
time.sleep(0.05)
print("after notify(0):", len(woken))

with cond:
    cond.notify_all()
for t in threads:
    t.join()
print("after notify_all():", sorted(woken[5:]))

with cond:
    cond.notify()           # nobody waiting: no error
    cond.notify_all()
print("total woken:", len(woken))
