# Covers: as_completed yields futures as they finish (well-separated sleeps make the order
# deterministic), futures already done come first, duplicates are yielded once; a timeout
# raises TimeoutError naming how many futures are unfinished.
import concurrent.futures as cf
import time

def nap(name, d):
    time.sleep(d)
    return name

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    done_first = ex.submit(nap, 'instant', 0)
    time.sleep(0.02)
    fs = [ex.submit(nap, 'slow', 0.15), ex.submit(nap, 'fast', 0.05), ex.submit(nap, 'mid', 0.1)]
    for f in cf.as_completed(fs + [done_first, fs[0]]):
        print(f.result())
    late = ex.submit(nap, 'late', 0.3)
    try:
        for f in cf.as_completed([late], timeout=0.05):
            print('unexpected', f.result())
    except cf.TimeoutError as e:
        print('TimeoutError:', e)
