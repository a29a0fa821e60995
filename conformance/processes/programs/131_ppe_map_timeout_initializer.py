# Executor.map(timeout=...) raises TimeoutError while iterating; an initializer sets per-worker
# state; a failing initializer breaks the pool ("Exception in initializer:" logged by the worker).
import concurrent.futures as cf
from concurrent.futures.process import BrokenProcessPool
import sys
import time

tag = "unset"

def init(value):
    global tag
    tag = value

def bad_init():
    raise RuntimeError("init failed")

def get_tag(x):
    return tag, x

def slow(x):
    time.sleep(0.3)
    return x

if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=1, initializer=init, initargs=("ready",)) as ex:
        print(list(ex.map(get_tag, range(3))))
        it = ex.map(slow, [1, 2], timeout=0.1)
        try:
            list(it)
        except TimeoutError as e:
            print("map timeout:", type(e).__name__, cf.TimeoutError is TimeoutError)
    ex = cf.ProcessPoolExecutor(max_workers=1, initializer=bad_init)
    f = ex.submit(get_tag, 1)
    try:
        f.result()
    except BrokenProcessPool as e:
        sys.stderr.flush()
        print("BrokenProcessPool:", e)
    ex.shutdown()
    try:
        cf.ProcessPoolExecutor(initializer=5)
    except TypeError as e:
        print("TypeError:", e)
