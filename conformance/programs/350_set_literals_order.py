# Covers: set displays and their printed order (BUILD_SET for few/non-constant items, a frozenset constant merged for 3+ constants), for-loops and comprehensions over constant set displays, literals of many sizes.
a = 1
print({1, 2})
print({2, 1})
print({1, 17, 3, 5, 7})
print({*(1, 17, 3, 5, 7)})
print({a, 17, 3, 5, 7})
for x in {1, 17, 3, 5, 7}:
    print(x, end=' ')
print()
print([x for x in {1, 17, 3, 5, 7}])
print(list({1, 17, 3, 5, 7}))
print({0, 8, 16, 24, 32, 40})
print({40, 32, 24, 16, 8, 0})
print({100, 36, 4, 68, 132, 260, 516})
print({'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape'})
print({'x', 'y'})
print({(1, 2), (2, 1), (0, 0), (1, 1)})
print({1.5, 2.5, 0.25, -3.75, 1e100})
print({True, False, 2, 3})
print({1, 1.0, True})
print({0, 0.0, False, -0.0})
print({-1, -2, -3, -4, -5, -6, -7, -8})
print({2**61 - 1, 2**61, 2**61 + 1, 2**64, -2**63, 10**20})
print({b'a', b'bc', b'', b'xyz'})
print({'', 0, 'a', 1})
print({n * 8 for n in range(10)})
print({1, 2, 3} == {3, 2, 1}, {1, 2, 3} is {1, 2, 3})
s = {*range(3), *'ab', *[10, 11]}
print(s)
print({*{5, 13, 21}, 29})
print(len({1, 2, 2, 3, 3, 3}))
for n in (1, 2, 3, 4, 5, 6, 8, 9, 20, 21, 50):
    print(n, {i * 5 for i in range(n)})
print({x for x in {64, 128, 256, 512, 1024}})
print({(x, y) for x in {1, 2} for y in {'a', 'b'}})
# CPython rebuilds a constant frozenset when one of its strings is also an identifier of the
# program (or a name interned at start-up), which can change the order of these displays.
print({'elder', 'feijoa', 'kumquat', 'huckle', 'lychee', 'olive'})
print({'apple', 'papaya', 'olive', 'huckle', 'elder'})
print({'huckle', 'damson', 'mango', 'quince', 'jambul', 'olive', 'nectar', 'guava', 'cherry'})
def uses_names(olive, mango):
    return olive, mango
print({'x', 'name', 'y', 'key', 'data', 'value', 0, 8, 16, 24, 32})
print([w for w in {'elder', 'feijoa', 'kumquat', 'huckle', 'lychee', 'olive'}])
