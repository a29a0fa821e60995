# Covers: ThreadPoolExecutor.submit/result, Future states (pending/running/finished), repr of a
# Future without its address, done()/running()/cancelled(), result(timeout) raising
# concurrent.futures.TimeoutError (an alias of the builtin TimeoutError in 3.11).
import concurrent.futures as cf
import threading
import time

gate = threading.Event()

def slow(x):
    gate.wait()
    return x * 2

def state(f):
    return repr(f).split(' state=')[1].rstrip('>')

with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f1 = ex.submit(slow, 21)
    f2 = ex.submit(slow, 1)
    time.sleep(0.05)
    print('f1', state(f1), f1.running(), f1.done())
    print('f2', state(f2), f2.running(), f2.done())
    try:
        f1.result(timeout=0.05)
    except cf.TimeoutError as e:
        print('timeout:', type(e).__name__, cf.TimeoutError is TimeoutError)
    gate.set()
    print(f1.result(), f2.result())
    print('f1', state(f1), f1.done(), f1.cancelled(), f1.exception())
