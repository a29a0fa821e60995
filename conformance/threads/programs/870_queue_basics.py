# Covers: queue.Queue without threads: FIFO order, qsize/empty/full, maxsize, put_nowait,
# get_nowait, block=False, timeouts raising Full/Empty, the exception classes and reprs.
import queue
import time

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for item in ["a", 1, (2, 3), None]:
    q.put(item)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(4)])

b = queue.Queue(maxsize=2)
b.put("x")
b.put_nowait("y")
print("full:", b.full(), "qsize:", b.qsize())
for label, fn in [
    ("put_nowait", lambda: b.put_nowait("z")),
    ("put(block=False)", lambda: b.put("z", block=False)),
    ("put(False)", lambda: b.put("z", False)),
    ("put(timeout=0.1)", lambda: b.put("z", timeout=0.1)),
    ("put(timeout=0)", lambda: b.put("z", timeout=0)),
    ("put(timeout=-1)", lambda: b.put("z", timeout=-1)),
]:
    t0 = time.monotonic()
    try:
        fn()
    except queue.Full as e:
        print(label, "-> Full", repr(e), repr(str(e)), "after", round(time.monotonic() - t0, 1), "s")
    except ValueError as e:
        print(label, "-> ValueError:", e)
print(b.get(), b.get_nowait(), b.empty())
for label, fn in [
    ("get_nowait", b.get_nowait),
    ("get(block=False)", lambda: b.get(block=False)),
    ("get(timeout=0.1)", lambda: b.get(timeout=0.1)),
    ("get(False, 5)", lambda: b.get(False, 5)),
    ("get(timeout=-0.5)", lambda: b.get(timeout=-0.5)),
]:
    t0 = time.monotonic()
    try:
        fn()
    except queue.Empty as e:
        print(label, "-> Empty", repr(e), "after", round(time.monotonic() - t0, 1), "s")
    except ValueError as e:
        print(label, "-> ValueError:", e)

print(queue.Empty.__name__, queue.Empty.__module__, issubclass(queue.Empty, Exception))
print(queue.Full.__name__, queue.Full.__module__, issubclass(queue.Full, Exception))
neg = queue.Queue(-5)
for i in range(10):
    neg.put_nowait(i)
print("maxsize -5 is unbounded:", neg.qsize(), neg.full())
print("unfinished_tasks:", neg.unfinished_tasks)
