# Covers: a worker pool built from threads and a Queue: tasks carry an id, workers put
# (id, result) or (id, error) on a results queue, task_done()/join() waits for the batch,
# one sentinel per worker stops the pool. Which worker runs which task varies, so only
# results keyed by task id and totals are printed.
import queue
import threading


class Pool:
    def __init__(self, size):
        self.tasks = queue.Queue()
        self.results = queue.Queue()
        self.lock = threading.Lock()
        self.done_by = {}
        self.workers = [threading.Thread(target=self._work, name=f"pool-{i}") for i in range(size)]
        for w in self.workers:
            w.start()

    def _work(self):
        me = threading.current_thread().name
        while True:
            task = self.tasks.get()
            try:
                if task is None:
                    return
                task_id, fn, args = task
                try:
                    value = ("ok", fn(*args))
                except Exception as e:
                    value = ("error", f"{type(e).__name__}: {e}")
                self.results.put((task_id, value))
                with self.lock:
                    self.done_by[me] = self.done_by.get(me, 0) + 1
            finally:
                self.tasks.task_done()

    def submit(self, task_id, fn, *args):
        self.tasks.put((task_id, fn, args))

    def wait(self):
        self.tasks.join()
        out = {}
        while not self.results.empty():
            task_id, value = self.results.get_nowait()
            out[task_id] = value
        return out

    def shutdown(self):
        for _ in self.workers:
            self.tasks.put(None)
        for w in self.workers:
            w.join()


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = 3 * n + 1 if n % 2 else n // 2
        steps += 1
    return steps


def word_stats(text):
    words = text.split()
    return len(words), max(words, key=len)


pool = Pool(3)
for n in [27, 97, 871, 6171, 1, 0]:
    pool.submit(f"collatz({n})", collatz_steps, n if n else "0")
texts = ["the quick brown fox", "jumps over the lazy dog", "", "threads share memory"]
for i, text in enumerate(texts):
    pool.submit(f"words#{i}", word_stats, text)
results = pool.wait()
for task_id in sorted(results):
    print(f"{task_id:12} {results[task_id]}")

# a second batch on the same pool
for n in range(10):
    pool.submit(n, pow, n, 2, 7)
second = pool.wait()
print([second[n][1] for n in range(10)])
pool.shutdown()
print("tasks handled:", sum(pool.done_by.values()), "| workers alive:",
      [w.is_alive() for w in pool.workers], "| unfinished:", pool.tasks.unfinished_tasks)
