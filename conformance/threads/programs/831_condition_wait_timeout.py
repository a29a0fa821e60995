# Covers: Condition.wait(timeout) returning False on time-out, wait_for(predicate, timeout)
# returning the predicate's last value, and wait_for() succeeding after notifications.
import threading
import time

cond = threading.Condition()
items = []

with cond:
    t0 = time.monotonic()
    print("wait(0.1) ->", cond.wait(0.1), "after about", round(time.monotonic() - t0, 1), "s")
    print("wait(0) ->", cond.wait(0))
    print("wait_for(true predicate) ->", cond.wait_for(lambda: "ready"))
    print("wait_for(false, 0.1) ->", cond.wait_for(lambda: len(items), timeout=0.1))


def producer():
    for i in range(3):
        time.sleep(0.1)
        with cond:
            items.append(i)
            print("producer: appended", i)
            cond.notify()


checks = []


def predicate():
    checks.append(len(items))
    return len(items) >= 3 and items


p = threading.Thread(target=producer)
p.start()
with cond:
    result = cond.wait_for(predicate)
print("wait_for returned", result, "| predicate calls saw lengths", checks)
p.join()

# a notification that comes too late: the waiter already timed out
def late_notifier():
    time.sleep(0.2)
    with cond:
        cond.notify()
        print("late notify sent")


n = threading.Thread(target=late_notifier)
n.start()
with cond:
    print("wait(0.1) before the notify ->", cond.wait(timeout=0.1))
n.join()
with cond:
    print("wait_for(lambda: None, 0.05) ->", cond.wait_for(lambda: None, 0.05))
