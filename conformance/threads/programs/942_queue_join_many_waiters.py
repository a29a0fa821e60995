# Covers: Queue.join() called by several threads at once (all released together when
# unfinished_tasks reaches zero), task_done() called by a different thread than get(),
# unfinished_tasks counting puts rather than items in the queue, join() with nothing
# pending, the three Conditions sharing q.mutex, and a put() after a completed join.
import queue
import threading
import time

q = queue.Queue()
print("conditions share the mutex:",
      q.not_empty._lock is q.mutex, q.not_full._lock is q.mutex, q.all_tasks_done._lock is q.mutex)
q.join()
print("join() with nothing pending returns at once")

for job in ["a", "b", "c"]:
    q.put(job)
taken = [q.get() for _ in range(3)]
print("taken:", taken, "| qsize:", q.qsize(), "| unfinished:", q.unfinished_tasks)

lock = threading.Lock()
released = []


def joiner(name):
    q.join()
    with lock:
        released.append((name, q.unfinished_tasks))


joiners = [threading.Thread(target=joiner, args=(f"j{i}",)) for i in range(3)]
for j in joiners:
    j.start()
time.sleep(0.05)


def finisher(items):
    for item in items:
        time.sleep(0.1)
        q.task_done()       # done by a thread that never called get()


f = threading.Thread(target=finisher, args=(taken,))
f.start()
time.sleep(0.25)            # between the second (0.2 s) and the third (0.3 s) task_done
with lock:
    print("after two task_done calls:", released, "| unfinished:", q.unfinished_tasks)
f.join()
for j in joiners:
    j.join()
print("released:", sorted(released))

q.put("d")
print("after a new put: unfinished", q.unfinished_tasks, "| all_tasks_done waiters:",
      len(q.all_tasks_done._waiters))
late = threading.Thread(target=joiner, args=("late",))
late.start()
time.sleep(0.05)
print("late joiner blocked:", late.is_alive())
q.get()
q.task_done()
late.join()
print("late joiner released:", released[-1])
