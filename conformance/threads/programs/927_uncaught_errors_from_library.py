# Covers: uncaught exceptions raised inside threading.py and queue.py code in worker
# threads, with their library frames in the excepthook traceback: BoundedSemaphore
# over-release, Condition.notify() without the lock, a Barrier wait that times out
# (BrokenBarrierError), Event.wait() with a bad timeout type, queue.Full from put(timeout=),
# and task_done() called too many times.
import queue
import threading


def over_release():
    s = threading.BoundedSemaphore(1)
    s.release()


def notify_unlocked():
    c = threading.Condition()
    c.notify_all()


def lonely_barrier():
    threading.Barrier(2, timeout=0.05).wait()


def bad_timeout():
    threading.Event().wait("soon")


def full_queue():
    q = queue.Queue(maxsize=1)
    q.put("a")
    q.put("b", timeout=0.05)


def extra_task_done():
    q = queue.Queue()
    q.put(1)
    q.get()
    q.task_done()
    q.task_done()


for target in (over_release, notify_unlocked, lonely_barrier, bad_timeout, full_queue,
               extra_task_done):
    t = threading.Thread(target=target, name=target.__name__)
    t.start()
    t.join()
print("main survived", threading.active_count(), "thread(s) left")
