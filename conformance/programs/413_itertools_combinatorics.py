# Covers: itertools.product (several iterables, repeat=, empty inputs), permutations (r, r > n),
# combinations, combinations_with_replacement (orders and counts match math.comb/perm),
# materialisation of inputs, and errors.
import itertools as it
import math

print(list(it.product("ab", [1, 2])), list(it.product("ab", repeat=2)), list(it.product()), list(it.product("ab", [])))
print(len(list(it.product(range(3), repeat=4))), list(it.product([0, 1], "x", repeat=2))[:5], list(it.product("ab", repeat=0)))
print(list(it.permutations("abc")), list(it.permutations(range(3), 2)), list(it.permutations("ab", 3)), list(it.permutations([], 0)))
print(list(it.permutations("ab", 0)), len(list(it.permutations(range(6)))) == math.perm(6), list(it.permutations(range(4), 4))[-3:])
print(list(it.combinations("abcd", 2)), list(it.combinations(range(5), 3))[:4], list(it.combinations("ab", 3)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement("ab", 0)))
print(all(len(list(it.combinations(range(n), k))) == math.comb(n, k) for n in range(7) for k in range(n + 2)))
print(sum(1 for _ in it.combinations_with_replacement(range(5), 3)), math.comb(5 + 3 - 1, 3))
coins = [1, 5, 10, 25]
ways = [combo for r in range(1, 4) for combo in it.combinations_with_replacement(coins, r) if sum(combo) == 30]
print(ways)
src = iter("xyz")
pr = it.product(src, repeat=1)
print(next(src, "src exhausted by product"), list(pr))
print(["".join(p) for p in it.permutations("cat")], sorted(set(it.permutations("aab"))))
grid = [(r, c) for r, c in it.product(range(2), range(3))]
print(grid, [p for p in it.combinations([3, 1, 2], 2)])
for bad in (lambda: it.combinations("ab", -1), lambda: it.permutations("ab", -1), lambda: it.product("ab", repeat=-1),
            lambda: it.combinations("ab"), lambda: it.permutations("ab", "2"), lambda: it.product(1), lambda: it.combinations_with_replacement("ab", -2)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
