# Covers: symmetric_difference / ^ / symmetric_difference_update / ^= with sets, lists and dicts; the result is built from the other operand then toggled.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a ^ b, b ^ a, a.symmetric_difference(b), b.symmetric_difference(a))
print(a.symmetric_difference([4, 5, 4, 9]), a.symmetric_difference({1: 0, 7: 0}))
print(a ^ a, a ^ set())
c = set(range(0, 60, 2))
d = set(range(0, 60, 3))
print(c ^ d)
print(d ^ c)
e = set(range(10))
e ^= {5, 15, 25}
print(e)
e.symmetric_difference_update(range(8))
print(e)
e.symmetric_difference_update({8: 'x', 30: 'y'})
print(e)
e ^= e
print(e)
fs = frozenset({1, 9, 17})
print(fs ^ {9, 25}, {9, 25} ^ fs, type(fs ^ {1}).__name__)
w1 = set('abcdefg')
w2 = set('efghijk')
print(sorted(w1 ^ w2), len(w1 ^ w2))
print(w1 ^ w2 == w2 ^ w1)
k = {i * 32 for i in range(12)}
print(k ^ {i * 64 for i in range(12)})
print({i * 64 for i in range(12)} ^ k)
x = set(range(100))
x.symmetric_difference_update(range(50, 150))
print(len(x), list(x)[:15], list(x)[-15:])
