# Covers: the common tutorial pattern: daemon worker threads loop forever on a Queue,
# the main thread put()s jobs and waits with q.join(); when main ends, the workers are
# still blocked in get() and are simply dropped (no join, no hang).
import queue
import threading

q = queue.Queue()
results = {}
lock = threading.Lock()


def worker():
    while True:
        n = q.get()
        value = sum(i * i for i in range(n))
        with lock:
            results[n] = value
        q.task_done()


for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for n in [10, 100, 1000, 5, 50]:
    q.put(n)
q.join()
print(sorted(results.items()))
print("workers still alive:", threading.active_count() - 1)
print("main exits; daemon workers are dropped")
