# Semaphore(2) lets at most two processes in at a time (measured with a shared counter);
# get_value(); a plain Semaphore may be released above its start value, a BoundedSemaphore not.
import multiprocessing as mp
import time

def worker(sem, inside, most):
    with sem:
        with inside.get_lock():
            inside.value += 1
            most.value = max(most.value, inside.value)
        time.sleep(0.05)
        with inside.get_lock():
            inside.value -= 1

if __name__ == "__main__":
    sem = mp.Semaphore(2)
    print(repr(sem), sem.get_value())
    inside = mp.Value("i", 0)
    most = mp.Value("i", 0)
    ps = [mp.Process(target=worker, args=(sem, inside, most)) for _ in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("most inside at once:", most.value, "now:", inside.value, "value:", sem.get_value())
    sem.release()
    print("Semaphore released above start:", sem.get_value())
    b = mp.BoundedSemaphore(1)
    print(repr(b))
    b.acquire()
    print(repr(b), "acquire(timeout=0.05):", b.acquire(timeout=0.05))
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
