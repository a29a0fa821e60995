# Calibration: the sieve of Eratosthenes (slice assignment) and trial division with while.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [k for k in range(n + 1) if is_p[k]]

def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True

ps = sieve(1500000)
count = 0
for k in range(1, 100000):
    if is_prime(k):
        count += 1
print(len(ps), ps[-1], count)
