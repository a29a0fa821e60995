# Covers: itertools product (incl. repeat=), permutations (with r), combinations, combinations_with_replacement, counts via math.comb/perm.
import itertools as it
import math

print(list(it.product("ab", [1, 2])))
print(list(it.product("01", repeat=3)))
print(len(list(it.product(range(3), repeat=4))), list(it.product()), list(it.product("ab", [])))
print(list(it.permutations("abc")))
print(list(it.permutations(range(4), 2)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(5), 4)), list(it.combinations("ab", 3)))
print(list(it.combinations_with_replacement("abc", 2)))
print(len(list(it.permutations(range(6), 3))) == math.perm(6, 3), len(list(it.combinations(range(10), 4))) == math.comb(10, 4))
coins = [1, 5, 10, 25]
ways = [c for r in range(1, 4) for c in it.combinations_with_replacement(coins, r) if sum(c) == 30]
print(ways)
print(["".join(p) for p in it.permutations("aab")], sorted(set("".join(p) for p in it.permutations("aab"))))
grid = [(x, y) for x, y in it.product(range(3), range(3)) if x != y]
print(grid)
print(sum(1 for a, b, c in it.combinations(range(1, 20), 3) if a + b + c == 20))
