# Covers: union / | / update / |= with sets, frozensets, lists, dicts and several arguments; results built by copying the left set then merging (same-size copy, clean re-insertion, or ordinary inserts).
a = {1, 2, 3}
b = {3, 4, 5}
print(a | b, b | a, a.union(b), b.union(a))
print(a.union([9, 8, 7], (6,), {0: 'x'}, 'ab'))
print(a.union(), a.union() is a)
c = set(range(0, 80, 8))
d = set(range(4, 84, 8))
print(c | d)
print(d | c)
e = set(range(100))
for i in range(0, 100, 2):
    e.discard(i)
print(e | {0, 2, 4})
print({0, 2, 4} | e)
u = set()
u.update([5, 13], {21, 29}, (37,), range(3))
print(u)
u |= {45, 53}
print(u)
u |= frozenset({61})
print(u)
fs = frozenset({1, 2})
print(fs | {3}, {3} | fs, fs.union([4]), type(fs | {3}).__name__, type({3} | fs).__name__)
m = {k * 1000 for k in range(10)}
n = {k * 1001 for k in range(10)}
print(m | n)
print(n | m)
same = set(range(10))
print(same | same, same.union(same, same))
big1 = set(range(0, 600, 6))
big2 = set(range(0, 600, 10))
r = big1 | big2
print(len(r), list(r)[:30])
x = {'x', 'y'}
x.update('hello', ['world'])
print(x)
y = set()
y.update({'k%d' % i: i for i in range(12)})
print(y)
z = {1}
z.update(z)
z |= z
print(z)
print(set().union(*[{i, i + 1} for i in range(0, 20, 2)]))
