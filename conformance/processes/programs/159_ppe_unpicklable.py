# Work that cannot be pickled: Pool.apply_async of a lambda fails its AsyncResult; a
# ProcessPoolExecutor future of a lambda fails with the pickling error; a result that cannot be
# pickled back fails too. The pools keep working.
import concurrent.futures as cf
import multiprocessing as mp
import threading

def make_lock():
    return threading.Lock()

def show(e):
    print(type(e).__name__ + ":", str(e).split(" at 0x")[0])

if __name__ == "__main__":
    with mp.Pool(1) as pool:
        r = pool.apply_async(lambda: 1)
        try:
            r.get(timeout=5)
        except Exception as e:
            show(e)
        try:
            pool.apply(make_lock)
        except Exception as e:
            show(e)
        print("pool still works:", pool.apply(abs, (-3,)))
    with cf.ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(lambda: 1)
        show(f.exception(timeout=5))
        show(ex.submit(make_lock).exception(timeout=5))
        print("executor still works:", ex.submit(abs, -4).result())
