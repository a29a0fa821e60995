# ProcessPoolExecutor worker processes are ForkProcess-N; done callbacks run in the parent, in the
# executor's manager thread when the future finishes later, at once in the caller if it is done.
import concurrent.futures as cf
import multiprocessing as mp
import sys
import threading
import time

def work(x):
    time.sleep(0.2)
    return x, mp.current_process().name

def cb(f):
    print("callback in", threading.current_thread().name, "->", f.result())
    sys.stdout.flush()

if __name__ == "__main__":
    ex = cf.ProcessPoolExecutor(max_workers=1)
    f = ex.submit(work, 1)
    f.add_done_callback(cb)
    print("workers:", sorted(p.name for p in mp.active_children()))
    f.result()
    time.sleep(0.1)
    f.add_done_callback(cb)
    print("manager thread:", [t.name for t in threading.enumerate() if t is not threading.main_thread()])
    ex.shutdown()
    print("after shutdown:", mp.active_children(), [t.name for t in threading.enumerate()])
    with cf.ProcessPoolExecutor(max_workers=3) as ex2:
        ex2.submit(work, 2).result()
        print("three workers:", sorted(p.name for p in mp.active_children()))
