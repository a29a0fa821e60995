# Covers: set()/frozenset() built from ranges, strings, lists, tuples, dicts (pre-sized from the dict), dict views, generators, other sets; printed order and equality.
print(set(), frozenset())
print(set(range(10)), set(range(0, 100, 7)))
print(set(range(-5, 5)))
print(set(range(1000, 1020)))
print(set('mississippi'), frozenset('abracadabra'))
print(set('The quick brown fox jumps over the lazy dog'))
print(set([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]))
print(set((10, 20, 30, 10)))
d = {'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6}
print(set(d))
print(set(d.keys()), set(d.values()), set(d.items()))
print(frozenset(d))
big = {i * 16: str(i) for i in range(40)}
print(set(big))
print(set(iter(big)))
print(set(x * x % 50 for x in range(60)))
print(set(map(len, ['a', 'bb', 'ccc', 'dd', 'e'])))
s = {5, 13, 21, 29, 37}
print(set(s), frozenset(s), set(frozenset(s)))
t = set(range(30))
for i in range(0, 30, 3):
    t.discard(i)
print(t)
print(set(t), t.copy(), frozenset(t))
f = frozenset([1, 2, 3])
print(frozenset(f) is f, set(f) is f, f.copy() is f)
print(set(f) == f, frozenset(set(f)) == f)
class Seq:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError
        return i * 11
print(set(Seq()))
def gen():
    yield 'b'
    yield 'a'
    yield 'b'
print(set(gen()), frozenset(gen()))
print(set(enumerate('ab')), set(zip('ab', 'cd')))
print(set([(1, 'a'), (2, 'b'), (1, 'a')]))
