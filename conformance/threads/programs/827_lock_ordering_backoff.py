# Covers: two threads that take two locks in opposite order; with plain acquire() they
# would deadlock, so each uses acquire(timeout=...) and backs off. The sleeps (0.1 s steps)
# make the schedule fixed: both hold one lock, B gives up first, A then gets both. Every
# printed event falls on a multiple of 0.1 s.
import threading
import time

a_lock = threading.Lock()
b_lock = threading.Lock()
start = time.monotonic()


def t():
    return round(time.monotonic() - start, 1)


def worker_a():
    with a_lock:
        print(f"[{t()}] A holds lock a")
        time.sleep(0.15)
        got = b_lock.acquire(timeout=0.3)
        print(f"[{t()}] A acquire(b, timeout=0.3) -> {got}")
        if got:
            print(f"[{t()}] A works with both locks")
            b_lock.release()


def worker_b():
    time.sleep(0.1)
    with b_lock:
        print(f"[{t()}] B holds lock b")
        time.sleep(0.1)
        got = a_lock.acquire(timeout=0.1)
        print(f"[{t()}] B acquire(a, timeout=0.1) -> {got}; backing off")
        if got:
            a_lock.release()
    time.sleep(0.3)
    with a_lock, b_lock:
        print(f"[{t()}] B retries and works with both locks")


ta = threading.Thread(target=worker_a)
tb = threading.Thread(target=worker_b)
ta.start()
tb.start()
ta.join()
tb.join()
print(f"[{t()}] done; locks free:", not a_lock.locked(), not b_lock.locked())
