# Covers: recursion: factorial, fibonacci, towers of Hanoi, mutual recursion, permutations, flattening, Ackermann.

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print([fact(i) for i in range(12)])
print(fact(30))

def fib(n, memo={}):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r

print(fib(90))

moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(4, "A", "C", "B")
print(len(moves), moves[:5])

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(7))

def perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(ch + p)
    return out

print(perms("abc"))
print(len(perms("abcde")))

def flatten(x):
    if isinstance(x, list):
        r = []
        for y in x:
            r.extend(flatten(y))
        return r
    return [x]

print(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]]))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([ackermann(2, n) for n in range(5)])

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))

def binsearch(xs, t, lo=0, hi=None):
    if hi is None:
        hi = len(xs) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == t:
        return mid
    if xs[mid] < t:
        return binsearch(xs, t, mid + 1, hi)
    return binsearch(xs, t, lo, mid - 1)

data = list(range(0, 100, 3))
print(binsearch(data, 27), binsearch(data, 28), binsearch(data, 99))
