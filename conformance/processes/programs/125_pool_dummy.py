# multiprocessing.dummy.Pool has Pool's interface on threads: the workers share the parent's
# globals; ThreadPool is the same thing.
import multiprocessing.dummy as dummy
import multiprocessing.pool
import threading

seen = []
lock = threading.Lock()

def record(x):
    with lock:
        seen.append(x)
    return x * 10

if __name__ == "__main__":
    with dummy.Pool(3) as pool:
        print(pool.map(record, range(6)))
        print(sorted(pool.imap_unordered(record, range(3))))
        print(pool.apply(record, (7,)))
    print("the parent saw the workers' appends:", sorted(seen))
    print(type(pool).__name__, isinstance(pool, multiprocessing.pool.Pool))
    tp = multiprocessing.pool.ThreadPool(2)
    names = set(tp.map(lambda _: threading.current_thread().name, range(10)))
    print("thread names look like Thread-N (worker):", all(n.startswith("Thread-") and n.endswith(" (worker)") for n in names))
    tp.close()
    tp.join()
    print("lambdas are fine (no pickling):", dummy.Pool(1).apply(lambda: "ok"))
    p = dummy.Process(target=record, args=(100,))
    p.start()
    p.join()
    print(type(p).__name__, 100 in seen, dummy.current_process().name)
    q = dummy.Queue()
    q.put(1)
    print(type(q).__module__, q.get())
