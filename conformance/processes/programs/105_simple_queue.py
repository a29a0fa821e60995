# SimpleQueue: a locked pipe without a feeder thread; put pickles at once; empty(), close().
import multiprocessing as mp
import threading

def child(inq, outq):
    while True:
        x = inq.get()
        if x is None:
            break
        outq.put(x * 2)
    outq.put("child done")

if __name__ == "__main__":
    inq = mp.SimpleQueue()
    outq = mp.SimpleQueue()
    print("empty:", inq.empty())
    p = mp.Process(target=child, args=(inq, outq))
    p.start()
    for x in (1, 2.5, "ab", [1]):
        inq.put(x)
    inq.put(None)
    print([outq.get() for _ in range(5)])
    p.join()
    print("exitcode", p.exitcode, "empty:", outq.empty())
    print("threads:", [t.name for t in threading.enumerate()])
    print("has qsize:", hasattr(outq, "qsize"), "has get_nowait:", hasattr(outq, "get_nowait"))
    outq.close()
    try:
        outq.get()
    except OSError as e:
        print("get after close:", type(e).__name__, e)
