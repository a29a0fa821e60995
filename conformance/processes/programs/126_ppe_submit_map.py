# ProcessPoolExecutor: submit() returns Futures, map() with chunksize keeps input order,
# as_completed (sorted here), wait(ALL_COMPLETED), result(timeout) raising TimeoutError.
import concurrent.futures as cf
import time

def square(x):
    return x * x

def slow(x):
    time.sleep(0.4)
    return x

if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(square, 7)
        print(f.result(), f.done(), f.exception(), f.cancelled())
        print(list(ex.map(square, range(10))))
        print(list(ex.map(square, range(10), chunksize=4)))
        print(list(ex.map(pow, [2, 3], [5, 2])))
        futs = [ex.submit(square, i) for i in range(6)]
        print(sorted(f.result() for f in cf.as_completed(futs)))
        done, not_done = cf.wait(futs)
        print(len(done), len(not_done))
        s = ex.submit(slow, "late")
        try:
            s.result(timeout=0.05)
        except cf.TimeoutError as e:
            print("result(timeout=0.05):", type(e).__name__, cf.TimeoutError is TimeoutError)
        done, not_done = cf.wait([s], timeout=0.01)
        print("wait(timeout=0.01):", len(done), len(not_done))
        print(s.result())
        print(repr(ex.submit(square, 3).result()))
