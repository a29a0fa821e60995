# Covers: Executor.map returns results in argument order whatever the completion order, zips
# several iterables, stops at the shortest; an exception from one call is raised when the
# iteration reaches it; map(timeout=) raising TimeoutError.
import concurrent.futures as cf
import time

def delayed(x, d):
    time.sleep(d)
    return x

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(delayed, 'abcd', [0.08, 0.02, 0.06, 0.04])))
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    try:
        for r in it:
            print('got', r)
    except ZeroDivisionError as e:
        print('map raised', e)
    try:
        for r in ex.map(delayed, [1, 2], [0.01, 0.3], timeout=0.1):
            print('in time', r)
    except cf.TimeoutError:
        print('map timed out')
