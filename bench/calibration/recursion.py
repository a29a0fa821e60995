# Calibration: recursive functions — Hanoi, permutations, memoised Fibonacci with a dict.
def hanoi(n, a, b, c, moves):
    if n == 0:
        return moves
    moves = hanoi(n - 1, a, c, b, moves)
    moves += 1
    return hanoi(n - 1, c, b, a, moves)

def perms(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + p)
    return out

memo = {}
def mfib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    r = mfib(n - 1) + mfib(n - 2)
    memo[n] = r
    return r

def build_tree(depth):
    if depth == 0:
        return None
    return (depth, build_tree(depth - 1), build_tree(depth - 1))

def tree_sum(t):
    if t is None:
        return 0
    value, left, right = t
    return value + tree_sum(left) + tree_sum(right)

print(hanoi(18, 'a', 'b', 'c', 0), len(perms([1, 2, 3, 4, 5, 6, 7, 8])), mfib(300) % 1000, tree_sum(build_tree(15)))
