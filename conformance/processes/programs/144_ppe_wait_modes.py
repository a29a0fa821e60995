# concurrent.futures.wait with FIRST_COMPLETED and FIRST_EXCEPTION, and as_completed(timeout)
# raising TimeoutError with the count of unfinished futures, on a ProcessPoolExecutor.
import concurrent.futures as cf
import time

def nap(x):
    time.sleep(x)
    return x

def boom(x):
    time.sleep(x)
    raise KeyError(x)

if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        fast, slow = ex.submit(nap, 0.05), ex.submit(nap, 0.6)
        done, pending = cf.wait([fast, slow], return_when=cf.FIRST_COMPLETED)
        print("FIRST_COMPLETED:", [f.result() for f in done], len(pending))
        bad, slow2 = ex.submit(boom, 0.05), ex.submit(nap, 0.6)
        done, pending = cf.wait([bad, slow2], return_when=cf.FIRST_EXCEPTION)
        print("FIRST_EXCEPTION:", [repr(f.exception()) for f in done], len(pending))
        try:
            for f in cf.as_completed([slow, slow2], timeout=0.01):
                print("unexpected", f)
        except TimeoutError as e:
            print("as_completed:", type(e).__name__, e)
        print(cf.wait([slow, slow2], return_when=cf.ALL_COMPLETED).not_done)
        print("constants:", cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
