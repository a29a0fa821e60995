# Covers: infinite generators consumed with itertools.islice, takewhile, count; primes sieve; cycling.
import itertools

def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(list(itertools.islice(primes(), 20)))
print(list(itertools.islice(naturals(), 5, 15, 3)))
print(list(itertools.takewhile(lambda x: x < 40, (n * n for n in naturals()))))

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:20], len(list(collatz(27))))

def repeat_pattern(pattern):
    while True:
        for p in pattern:
            yield p
print("".join(itertools.islice(repeat_pattern("ab-"), 10)))

def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(itertools.islice(running_sum(naturals()), 10)))
g = primes()
print(next(itertools.islice(g, 99, None)))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
