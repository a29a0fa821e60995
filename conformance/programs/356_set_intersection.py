# Covers: intersection / & / intersection_update / &= with sets of different sizes (the smaller one is iterated), with lists (stops once everything is found), several arguments, frozensets.
a = set(range(0, 40, 2))
b = set(range(0, 40, 3))
print(a & b, b & a)
print(a.intersection(b), b.intersection(a))
print(a.intersection(range(30, 0, -1)))
print(a.intersection([38, 36, 2, 1000, 0, 4]))
print(a.intersection(b, range(10, 40)))
print(a.intersection(), a.intersection() is a)
small = {30, 6, 12, 999}
print(small & a, a & small)
print(a & set(), set() & a, a & a)
words1 = set('the cat sat on the mat with a hat'.split())
words2 = set('a cat and a hat and a bat'.split())
print(words1 & words2, words2 & words1)
c = set(range(50))
c &= {49, 1, 25, 7, 100}
print(c)
d = set(range(100, 0, -3))
d.intersection_update(range(50), [97, 94, 91, 1000])
print(d)
fs = frozenset(range(10))
print(fs & {1, 2, 11}, {1, 2, 11} & fs, fs.intersection([5, 6]), type(fs & {1}).__name__)
e = set(range(64))
for i in range(0, 64, 4):
    e.discard(i)
print(e & set(range(0, 64, 2)))
print(set(range(0, 64, 2)) & e)
seen = []
def tracked():
    for i in [3, 5, 7, 9, 11]:
        seen.append(i)
        yield i
print({3, 5}.intersection(tracked()), seen)
hashes = {k * 64 for k in range(30)}
print(hashes & {k * 128 for k in range(20)})
x = {1, 2, 3}
y = x
x &= {2, 3, 4}
print(x, y, x is y)
