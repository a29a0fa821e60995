# Covers: == != < <= > >= between sets and frozensets, issubset/issuperset/isdisjoint with sets and other iterables, comparisons with non-sets.
a = {1, 2, 3}
b = {1, 2, 3, 4}
f = frozenset({1, 2, 3})
print(a == f, f == a, a != b, a < b, a <= b, b > a, b >= a, a < a, a <= a, a > a)
print(b < a, b <= a, a >= b, {1, 5} < b, {1, 5} <= b)
print(a.issubset(b), a.issubset([1, 2, 3]), a.issubset(range(2)), b.issuperset(a), b.issuperset([4, 4]))
print(a.issuperset((1, 9)), a.issuperset(''), set().issubset(set()), set().issuperset([]))
print(a.isdisjoint({4, 5}), a.isdisjoint([3]), a.isdisjoint(iter([7, 8, 1])), a.isdisjoint(a), set().isdisjoint(set()))
print(a == [1, 2, 3], a != (1, 2, 3), a == {1: 0, 2: 0, 3: 0})
for op in ('<', '<=', '>', '>='):
    try:
        eval('a ' + op + ' [1, 2]')
    except TypeError as e:
        print(e)
print({1, 2} == {2.0, 1.0}, {True} == {1}, frozenset() == set(), {frozenset()} == {frozenset()})
print({(1, 2)} <= {(1, 2), (3, 4)}, {'a'} < {'a', 'b'})
print(sorted([{3}, {1, 2}, {1}], key=len))
class Weird:
    def __eq__(self, other):
        return NotImplemented
print(a == Weird(), a != Weird())
big = set(range(1000))
print(set(range(0, 1000, 7)) < big, big > set(range(0, 1000, 7)), big.isdisjoint(range(1000, 2000)))
