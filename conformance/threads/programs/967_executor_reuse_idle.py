# Covers: ThreadPoolExecutor starts workers lazily and reuses an idle worker instead of starting
# a new one (the _idle_semaphore): sequential submissions that each finish before the next run
# on one thread; concurrent ones grow the pool up to max_workers.
import concurrent.futures as cf
import threading
import time

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    names = set()
    for i in range(4):
        names.add(ex.submit(lambda: threading.current_thread().name).result())
        time.sleep(0.01)
    print(sorted(names), len(ex._threads))
    barrier = threading.Barrier(3)
    fs = [ex.submit(barrier.wait) for _ in range(3)]
    print(sorted(f.result() for f in fs), len(ex._threads))
    print(sorted(t.name for t in ex._threads))
