# Covers: queue.Empty raised uncaught in a thread: the excepthook traceback goes through
# queue.py's get(); get_nowait() adds its own frame. The main thread is unaffected.
import queue
import threading

q = queue.Queue()


def drain_with_timeout():
    while True:
        print("got", q.get(timeout=0.05))


def drain_nowait():
    while True:
        print("got", q.get_nowait())


for item in (1, 2):
    q.put(item)
t = threading.Thread(target=drain_with_timeout)
t.start()
t.join()
q.put(3)
t = threading.Thread(target=drain_nowait, name="nowait")
t.start()
t.join()
print("main: queue empty:", q.empty(), "| unfinished:", q.unfinished_tasks)
