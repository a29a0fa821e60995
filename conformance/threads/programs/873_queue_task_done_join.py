# Covers: Queue.task_done() and join(): unfinished_tasks counts puts, join() blocks until
# every item is marked done, task_done() too many times raises ValueError.
import queue
import threading
import time

q = queue.Queue()
for job in ["wash", "dry", "fold"]:
    q.put(job)
print("unfinished:", q.unfinished_tasks, "qsize:", q.qsize())
print("got", q.get(), "| unfinished still", q.unfinished_tasks, "qsize", q.qsize())
q.task_done()
print("after task_done:", q.unfinished_tasks)


def worker():
    while True:
        job = q.get()
        time.sleep(0.05)
        print("worker finished", job, "| unfinished before task_done:", q.unfinished_tasks)
        q.task_done()


threading.Thread(target=worker, daemon=True).start()
q.join()
print("join returned; unfinished:", q.unfinished_tasks, "empty:", q.empty())
q.join()
print("join on a finished queue returns at once")
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print("unfinished after the error:", q.unfinished_tasks)
q.put("iron")
q.join()
print("done with", q.unfinished_tasks, "unfinished")
