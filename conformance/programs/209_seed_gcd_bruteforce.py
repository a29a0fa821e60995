# Seed 001 (brute-force gcd for concurrent.futures), sequential part only: list(map(gcd, numbers)) with the
# results printed instead of 'Took %.3f seconds'. The seed's pairs are used (about 0.2 s in CPython) plus
# smaller pairs; the ThreadPoolExecutor/ProcessPoolExecutor versions are excluded.
# Covers: tuple unpacking of a parameter, range with a negative step, early return from a loop, map.
import math


def gcd(pair):
    a, b = pair
    low = min(a, b)
    for i in range(low, 0, -1):
        if a % i == 0 and b % i == 0:
            return i


numbers = [(1963309, 2265973), (2030677, 3814172),
           (1551645, 2229620), (2039045, 2020802)]
results = list(map(gcd, numbers))
print(results)
small = [(12, 18), (100, 75), (17, 5), (1071, 462), (270, 192)]
small_results = list(map(gcd, small))
print(small_results)
print(all(gcd(p) == math.gcd(*p) for p in small + numbers[:1]))
