# Covers: hash() of frozensets (independent of insertion order, cached), nested frozensets, frozensets as dict keys and set members, frozenset(f) is f, copy.
print(hash(frozenset()))
print(hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset({3, 2, 1})))
print(hash(frozenset('abc')), hash(frozenset(['a', 'b', 'c'])))
print(hash(frozenset({-1, -2})), hash(frozenset({2**64, 2**100})), hash(frozenset({1.5, 2.5})))
print(hash(frozenset({(1, 2), (3, 4)})), hash(frozenset({frozenset({1}), frozenset({2})})))
print(hash(frozenset(range(100))), hash(frozenset(range(1000))))
f = frozenset({5, 6})
print(hash(f) == hash(frozenset({6, 5})), hash(f) == hash(f))
powerset = {frozenset()}
for x in range(4):
    powerset |= {s | {x} for s in powerset}
print(len(powerset))
print(sorted(sorted(s) for s in powerset))
print(powerset)
d = {frozenset({1, 2}): 'a', frozenset({2, 3}): 'b'}
print(d[frozenset({2, 1})], frozenset({3, 2}) in d, d)
print({1, 2} in {frozenset({1, 2})}, frozenset({1, 2}) in {frozenset({2, 1}): 0})
nested = frozenset({frozenset({frozenset({1})}), frozenset({2})})
print(nested, hash(nested))
print(frozenset(f) is f, f.copy() is f, frozenset(list(f)) is f)
print(hash((frozenset({1}), 2)))
class FS(frozenset):
    pass
print(hash(FS({1, 2})) == hash(frozenset({1, 2})), FS({1, 2}) == frozenset({1, 2}))
print(hash(frozenset({True, 2})) == hash(frozenset({1, 2.0})))
for n in (2, 5, 10, 40):
    print(n, hash(frozenset(range(n))), hash(frozenset(str(i) for i in range(n))))
