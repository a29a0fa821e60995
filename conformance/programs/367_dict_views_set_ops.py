# Covers: set operators on dict keys/items views (| & - ^ with sets, lists, other views, on either side), their result order, comparisons between views and sets, isdisjoint, and items ^ items.
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
e = {'c': 30, 'd': 4, 'e': 5}
k, ek = d.keys(), e.keys()
print(k | ek, ek | k, k & ek, ek & k, k - ek, ek - k, k ^ ek, ek ^ k)
print(k | {'z'}, {'z'} | k, k & {'a', 'q'}, {'a', 'q'} & k, k - {'a'}, {'a', 'q'} - k, k ^ {'a', 'q'}, {'a', 'q'} ^ k)
print(k | ['x', 'y'], ['x', 'y'] | k, k & ['b', 'b', 'z'], ['b', 'z'] & k, ['a', 'z'] - k, ['a', 'z'] ^ k)
print(d.items() | e.items())
print(d.items() & e.items(), d.items() - e.items(), e.items() - d.items())
print(d.items() ^ e.items(), e.items() ^ d.items())
print({1: []}.items() ^ {1: []}.items())
print(d.items() & {('a', 1), ('b', 0)}, {('a', 1)} | d.items())
nums = {i * 8: i for i in range(12)}
other = {i * 16: i for i in range(12)}
print(nums.keys() | other.keys())
print(nums.keys() & other.keys(), other.keys() & nums.keys())
print(nums.keys() - other.keys(), other.keys() - nums.keys())
print(nums.keys() ^ other.keys())
print(nums.keys() & set(range(0, 200, 3)))
print(set(range(0, 40)) & nums.keys())
print(k == {'a', 'b', 'c', 'd'}, k == ['a', 'b', 'c', 'd'], k != ek, k < {'a', 'b', 'c', 'd', 'e'}, k <= k, k > {'a'}, k >= {'a', 'zz'})
print(d.items() == {('a', 1), ('b', 2), ('c', 3), ('d', 4)}, d.items() <= d.items(), {('a', 1)} < d.items())
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), k.isdisjoint(ek), d.items().isdisjoint(e.items()), d.items().isdisjoint([('d', 4)]))
print(type(k | ek).__name__, type(k & ek).__name__)
class D(dict):
    pass
dd = D(a=1, b=2)
print(dd.keys() | {'c'}, dd.keys() & {'a'}, dd.items() - {('a', 1)})
try:
    k | 5
except TypeError as ex:
    print('TypeError', ex)
try:
    k & 5
except TypeError as ex:
    print('TypeError', ex)
try:
    d.items() | {('x', [])}
except TypeError as ex:
    print('TypeError', ex)
print(d.values().__class__.__name__, hasattr(d.values(), '__or__'))
