# AsyncResult: get(timeout) raising multiprocessing.TimeoutError, ready(), wait(timeout),
# successful() refusing before the result is ready.
import multiprocessing as mp
import re
import time

def slow(x):
    time.sleep(0.2)
    return x

if __name__ == "__main__":
    with mp.Pool(1) as pool:
        r = pool.apply_async(slow, ("done",))
        print("ready:", r.ready())
        try:
            r.successful()
        except ValueError as e:
            print("ValueError:", re.sub(r"0x[0-9a-f]+", "0x...", str(e)))
        try:
            r.get(timeout=0.05)
        except mp.TimeoutError as e:
            print("get(timeout=0.05) ->", type(e).__module__, type(e).__name__, repr(e))
            print("is the builtin TimeoutError:", mp.TimeoutError is TimeoutError, issubclass(mp.TimeoutError, Exception))
        r.wait(0.01)
        print("after wait(0.01):", r.ready())
        r.wait()
        print("after wait():", r.ready(), r.successful(), r.get(), r.get(timeout=0))
        m = pool.map_async(slow, [1, 2])
        try:
            m.get(0.1)
        except mp.TimeoutError:
            print("map_async get(0.1) -> TimeoutError")
        print(m.get())
        it = pool.imap(slow, [7, 8])
        try:
            it.next(timeout=0.05)
        except mp.TimeoutError:
            print("imap next(timeout=0.05) -> TimeoutError")
        print(it.next(), next(it))
        try:
            next(it)
        except StopIteration:
            print("StopIteration")
