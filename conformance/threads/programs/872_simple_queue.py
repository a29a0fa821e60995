# Covers: queue.SimpleQueue: unbounded FIFO, put never blocks (block/timeout accepted and
# ignored), get with block=False / timeout raising queue.Empty, qsize/empty, no task_done
# or join, use between threads.
import queue
import threading
import time

sq = queue.SimpleQueue()
print(type(sq).__module__, sq.qsize(), sq.empty())
for i in range(3):
    sq.put(i)
sq.put("x", block=False)
sq.put("y", timeout=1)
sq.put_nowait("z")
print(sq.qsize(), sq.empty())
print([sq.get() for _ in range(6)])
for label, fn in [("get_nowait", sq.get_nowait),
                  ("get(block=False)", lambda: sq.get(block=False)),
                  ("get(timeout=0.1)", lambda: sq.get(timeout=0.1))]:
    t0 = time.monotonic()
    try:
        fn()
    except queue.Empty:
        print(label, "-> Empty after", round(time.monotonic() - t0, 1), "s")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(hasattr(sq, "task_done"), hasattr(sq, "join"), hasattr(sq, "maxsize"))
try:
    queue.SimpleQueue(5)
except TypeError as e:
    print("TypeError:", e)


def producer():
    for i in range(3):
        time.sleep(0.05)
        sq.put(i * 10)
    sq.put(None)


t = threading.Thread(target=producer)
t.start()
got = []
while (item := sq.get()) is not None:
    got.append(item)
    print("main got", item)
t.join()
print(got)
