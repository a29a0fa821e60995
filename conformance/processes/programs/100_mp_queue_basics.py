# multiprocessing.Queue: put/get between processes, qsize/empty, get(timeout) and get_nowait
# raising queue.Empty, put on a full queue (maxsize) raising queue.Full.
import multiprocessing as mp
import queue
import time

def child(q, out):
    items = [q.get() for _ in range(3)]
    out.put(("child got", items))

if __name__ == "__main__":
    q = mp.Queue()
    out = mp.Queue()
    print("empty at start:", q.empty(), "qsize:", q.qsize())
    for x in (1, "two", [3, 4]):
        q.put(x)
    p = mp.Process(target=child, args=(q, out))
    p.start()
    print(out.get())
    p.join()
    print("exitcode", p.exitcode)
    print("empty after:", q.empty(), "qsize:", q.qsize())
    t0 = time.monotonic()
    try:
        q.get(timeout=0.2)
    except queue.Empty as e:
        print("get(timeout=0.2) ->", type(e).__name__, repr(e), "waited >= 0.2 s:", time.monotonic() - t0 >= 0.19)
    try:
        q.get_nowait()
    except queue.Empty:
        print("get_nowait -> Empty")
    try:
        q.get(block=False)
    except queue.Empty:
        print("get(block=False) -> Empty")
    small = mp.Queue(maxsize=2)
    small.put("a")
    small.put("b")
    print("full:", small.full(), "qsize:", small.qsize())
    try:
        small.put("c", block=False)
    except queue.Full as e:
        print("put(block=False) ->", type(e).__name__)
    try:
        small.put("c", timeout=0.1)
    except queue.Full:
        print("put(timeout=0.1) -> Full")
    try:
        small.put_nowait("c")
    except queue.Full:
        print("put_nowait -> Full")
    print(small.get(), small.get(), "full now:", small.full())
    print("mp.Queue is a class?", isinstance(mp.Queue, type), type(q).__module__, type(q).__name__)
