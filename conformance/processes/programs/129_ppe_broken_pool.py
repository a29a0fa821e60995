# A worker that dies (os._exit) breaks the whole ProcessPoolExecutor: its future and every pending
# one fail with BrokenProcessPool, and later submit() calls raise it too.
import concurrent.futures as cf
from concurrent.futures.process import BrokenProcessPool
import os
import time

def die():
    os._exit(3)

def slow(x):
    time.sleep(0.2)
    return x

if __name__ == "__main__":
    ex = cf.ProcessPoolExecutor(max_workers=1)
    print(ex.submit(slow, "fine").result())
    bad = ex.submit(die)
    pending = [ex.submit(slow, i) for i in range(3)]
    try:
        bad.result()
    except BrokenProcessPool as e:
        print("BrokenProcessPool:", e)
        print("a RuntimeError:", isinstance(e, RuntimeError), type(e).__mro__[1].__name__)
    print("pending:", [type(f.exception()).__name__ for f in pending])
    try:
        ex.submit(slow, 9)
    except BrokenProcessPool as e:
        print("submit after:", e)
    ex.shutdown()
    print("shut down")
