# An unpicklable item makes Queue.put() return normally: the feeder thread fails to pickle it and
# prints the traceback; nothing arrives. SimpleQueue.put() raises in the caller instead.
import multiprocessing as mp
import queue
import sys
import threading

if __name__ == "__main__":
    q = mp.Queue()
    q.put(threading.Lock())
    print("put returned")
    sys.stdout.flush()
    try:
        q.get(timeout=0.3)
    except queue.Empty:
        print("nothing arrived")
    q.put("next item")
    print("still works:", q.get())
    sq = mp.SimpleQueue()
    try:
        sq.put(lambda: 1)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e).split(" at ")[0])
