# multiprocessing.Condition across processes: waiters sleep in wait_for(predicate); notify() wakes
# one of them, notify(n) n, notify_all() every one; wait(timeout) returns False; notify without
# holding the lock fails.
import multiprocessing as mp

def child(cond, waiting, tickets, woken):
    with cond:
        waiting.value += 1
        cond.notify_all()
        cond.wait_for(lambda: tickets.value > 0)
        tickets.value -= 1
        woken.value += 1
        cond.notify_all()

if __name__ == "__main__":
    cond = mp.Condition()
    waiting = mp.Value("i", 0, lock=False)
    tickets = mp.Value("i", 0, lock=False)
    woken = mp.Value("i", 0, lock=False)
    ps = [mp.Process(target=child, args=(cond, waiting, tickets, woken)) for _ in range(4)]
    for p in ps:
        p.start()
    with cond:
        cond.wait_for(lambda: waiting.value == 4)
        print("all waiting:", waiting.value)
        tickets.value = 1
        cond.notify()
        cond.wait_for(lambda: woken.value == 1)
        print("after notify():", woken.value, "woken")
        tickets.value = 2
        cond.notify(2)
        cond.wait_for(lambda: woken.value == 3)
        print("after notify(2):", woken.value, "woken")
        tickets.value = 1
        cond.notify_all()
        print("wait_for with a timeout:", cond.wait_for(lambda: woken.value == 4, timeout=5))
    for p in ps:
        p.join()
    print("woken:", woken.value, "tickets left:", tickets.value, "exitcodes:", [p.exitcode for p in ps])
    with cond:
        print("wait(0.05) with nobody notifying:", cond.wait(0.05))
    try:
        cond.notify()
    except AssertionError as e:
        print("notify without the lock: AssertionError", repr(str(e)))
    print(repr(mp.Condition(mp.Lock())).split(",")[0])
