# A multiprocessing.Queue starts a daemon feeder thread (QueueFeederThread) on the first put(); it
# pickles items and writes them to a pipe. close() + join_thread() wait until it has flushed;
# put() after close() raises ValueError.
import multiprocessing as mp
import re
import threading

def names():
    return sorted(t.name for t in threading.enumerate())

if __name__ == "__main__":
    q = mp.Queue()
    print("before put:", names())
    q.put("x")
    print("after put:", names())
    feeder = [t for t in threading.enumerate() if t.name == "QueueFeederThread"][0]
    print("daemon:", feeder.daemon)
    print(q.get())
    q.put("y")
    q.close()
    q.join_thread()
    print("after close/join_thread:", names(), "feeder alive:", feeder.is_alive())
    try:
        q.put("z")
    except ValueError as e:
        print("ValueError:", re.sub(r"0x[0-9a-f]+", "0x...", str(e)))
    q2 = mp.Queue()
    try:
        q2.join_thread()
    except AssertionError as e:
        print("join_thread before close: AssertionError", re.sub(r"0x[0-9a-f]+", "0x...", str(e)))
    q2.close()
    q2.join_thread()
    print("join_thread of a queue that never started its thread: ok")
    q3 = mp.Queue()
    q3.cancel_join_thread()
    q3.put(1)
    print(q3.get())
    print("end:", names())
