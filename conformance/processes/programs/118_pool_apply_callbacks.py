# Pool.apply blocks for the result; apply_async returns an AsyncResult; callback and
# error_callback run in the parent, in the pool's result-handler thread, in completion order
# (one worker here, so that order is submission order).
import multiprocessing as mp
import threading

def div(a, b):
    return a / b

def on_ok(x):
    print("callback:", x, "in", threading.current_thread().name)

def on_err(e):
    print("error_callback:", type(e).__name__, e, "in", threading.current_thread().name)

if __name__ == "__main__":
    pool = mp.Pool(1)
    print("apply:", pool.apply(div, (1, 4)))
    print("apply with kwds:", pool.apply(div, kwds={"a": 3, "b": 2}))
    results = [pool.apply_async(div, (x, y), callback=on_ok, error_callback=on_err)
               for x, y in [(1, 2), (1, 0), (9, 3)]]
    pool.close()
    pool.join()
    print([r.ready() for r in results], [r.successful() for r in results])
    print(sorted(t.name for t in threading.enumerate()))
    try:
        results[1].get()
    except ZeroDivisionError as e:
        print("get() re-raises:", type(e).__name__, e)
