# Pool life cycle: join() before close() is refused, work after close() raises "Pool not running",
# processes=0 is refused; `with Pool()` calls terminate() on exit, killing work still running;
# terminate() stops a busy pool at once.
import multiprocessing as mp
import re
import sys
import time

def slow(x):
    time.sleep(1.0)
    print("finished", x)
    sys.stdout.flush()
    return x

def mask(s):
    return re.sub(r"0x[0-9a-f]+", "0x...", s)

if __name__ == "__main__":
    pool = mp.Pool(2)
    print(mask(repr(pool)))
    try:
        pool.join()
    except ValueError as e:
        print("join before close: ValueError:", e)
    pool.close()
    for call in (lambda: pool.apply(abs, (-1,)), lambda: pool.map(abs, [1]), lambda: pool.imap(abs, [1]),
                 lambda: pool.apply_async(abs, (-1,))):
        try:
            call()
        except ValueError as e:
            print("after close: ValueError:", e)
    pool.join()
    print("joined; workers left:", len(mp.active_children()))
    try:
        mp.Pool(0)
    except ValueError as e:
        print("Pool(0): ValueError:", e)
    t0 = time.monotonic()
    with mp.Pool(2) as p2:
        r = p2.map_async(slow, [1, 2, 3, 4])
    print("left the with block after less than 1 s:", time.monotonic() - t0 < 1.0, "ready:", r.ready())
    try:
        p2.map(abs, [1])
    except ValueError as e:
        print("after with: ValueError:", e)
    p3 = mp.Pool(2)
    r = p3.apply_async(slow, ("never",))
    p3.terminate()
    p3.join()
    print("terminated; workers left:", len(mp.active_children()), "ready:", r.ready())
    p3.terminate()
    print("terminate twice is fine")
