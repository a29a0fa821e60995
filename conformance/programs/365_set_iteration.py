# Covers: set iterators (type name, iter(), next(), __length_hint__), RuntimeError when the size changes during iteration (and staying failed), same-size changes continuing, iterating frozensets and nested loops.
s = {5, 13, 21, 29}
it = iter(s)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print(list(it), it.__length_hint__(), list(it))
it = iter(s)
next(it)
s.add(100)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    next(it)
except RuntimeError as e:
    print('again', e)
s.discard(100)
try:
    print(next(it))
except RuntimeError as e:
    print('still', e)
t = {1, 2, 3, 4}
seen = []
for x in t:
    seen.append(x)
    t.discard(x)
    t.add(x + 10)
print(seen, t)
f = frozenset('hello')
print(sorted(f), [c for c in f if c != 'l'])
pairs = [(x, y) for x in {1, 2} for y in {3, 4}]
print(pairs)
print(list(enumerate({10, 20, 30})), list(zip({1, 2}, 'ab')))
print(sum({1, 2, 3}), max({4, 9, 2}), min({'b', 'a'}), sorted({3, 1, 2}, reverse=True), any({0, False}), all(set()))
print(list(reversed(sorted({5, 3, 1}))))
a, b, c = {7, 8, 9}
print(a, b, c)
x, *rest = {100, 200, 300}
print(x, rest)
print(*{1, 2, 3}, sep='-')
print('-'.join({'b', 'a', 'c'}))
print(dict.fromkeys({3, 1, 2}))
print(tuple({1, 9, 17}), list(frozenset({1, 9, 17})))
g = (x * 2 for x in {4, 12, 20})
print(list(g))
it = iter(set())
print(it.__length_hint__(), next(it, 'empty'))
