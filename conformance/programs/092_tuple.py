# Covers: tuples: literals, single-element tuples, packing/unpacking, immutability, count/index, comparison, hashing, tuple(), nesting, as dict keys.

t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], type(()).__name__, (), (1,), tuple(), 1,)
single = (5,)
not_tuple = (5)
print(type(single).__name__, type(not_tuple).__name__)
packed = 1, 2, 3
a, b, c = packed
print(packed, a + b + c)
print((1, 2, 2, 3, 2).count(2), (1, 2, 3).index(3), (1, 2) + (3,), (0,) * 3, 2 in (1, 2))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
t[3].append(5)
print(t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") == (1, "a"), () < (0,))
coords = {(0, 0): "origin", (1, 2): "point"}
print(coords[(1, 2)], coords[1, 2], hash((1, 2)) == hash((1, 2)))
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print(tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"k": 1}), tuple(x * x for x in range(4)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sum(nested[0]))
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax("hello"))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max([(1, 2), (1, 3)]))
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
print(tuple(reversed((1, 2, 3))), (1, 2, 3)[::-1], repr((1,)), str(("a",)))
