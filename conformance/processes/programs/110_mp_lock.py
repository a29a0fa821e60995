# multiprocessing.Lock across processes: it serialises the critical sections; acquire(timeout)
# fails while another process holds it; repr shows the owner; it is a semaphore underneath, so a
# process other than the owner may release it, but releasing an unlocked Lock raises ValueError.
import multiprocessing as mp
import time

def hold(lock, ev):
    lock.acquire()
    ev.set()
    time.sleep(0.3)
    lock.release()

def section(lock, log, i):
    for _ in range(3):
        with lock:
            start = log[0]
            time.sleep(0.002)
            log[0] = start + 1

def try_release(lock):
    lock.release()
    print("child released the parent's lock")

if __name__ == "__main__":
    lock = mp.Lock()
    print(repr(lock))
    ev = mp.Event()
    p = mp.Process(target=hold, args=(lock, ev))
    p.start()
    ev.wait()
    print("held by child:", repr(lock).replace(p.name, "CHILD"))
    print("acquire(timeout=0.05):", lock.acquire(timeout=0.05))
    print("acquire(False):", lock.acquire(False))
    print("blocking acquire:", lock.acquire())
    print("after the child released it:", repr(lock))
    lock.release()
    p.join()
    log = mp.Array("i", 1, lock=False)
    ps = [mp.Process(target=section, args=(lock, log, i)) for i in range(4)]
    for q in ps:
        q.start()
    for q in ps:
        q.join()
    print("count with the lock:", log[0])
    lock.acquire()
    r = mp.Process(target=try_release, args=(lock,))
    r.start()
    r.join()
    print("locked after the child released it?", not lock.acquire(False))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print("ValueError:", e)
