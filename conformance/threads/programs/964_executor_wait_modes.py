# Covers: concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION and ALL_COMPLETED, the
# (done, not_done) named tuple, and wait(timeout) returning early with futures still running.
import concurrent.futures as cf
import time

def job(name, d, fail=False):
    time.sleep(d)
    if fail:
        raise RuntimeError(name)
    return name

def names(fs):
    return sorted(f.result() if f.exception() is None else f'!{f.exception()}' for f in fs)

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(job, 'a', 0.05), ex.submit(job, 'b', 0.15)]
    r = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
    print(type(r).__name__, names(r.done), len(r.not_done))
    fs = [ex.submit(job, 'c', 0.02, True), ex.submit(job, 'd', 0.2)]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(names(done), len(not_done))
    fs = [ex.submit(job, 'e', 0.01), ex.submit(job, 'f', 0.03)]
    done, not_done = cf.wait(fs)
    print(names(done), len(not_done))
    done, not_done = cf.wait([ex.submit(job, 'g', 0.3)], timeout=0.05)
    print(len(done), len(not_done))
