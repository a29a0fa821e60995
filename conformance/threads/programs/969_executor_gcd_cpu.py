# Covers: the seeds' CPU-bound gcd example on ThreadPoolExecutor.map (results in order; under the
# GIL the threads cannot run in parallel, so it is no faster than serial — only the results
# are printed here) and Future.result on a sum computed by workers.
from concurrent.futures import ThreadPoolExecutor

def gcd(pair):
    a, b = pair
    low = min(a, b)
    for i in range(low, 0, -1):
        if a % i == 0 and b % i == 0:
            return i

numbers = [(1963309, 2265973), (2030677, 3814172), (1551645, 2229620), (2039045, 2020802)]
with ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(gcd, numbers)))
    total = pool.submit(sum, pool.map(gcd, numbers))
    print(total.result())
