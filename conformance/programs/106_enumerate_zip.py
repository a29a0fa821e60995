# Covers: len, range, enumerate (with start), zip (uneven lengths, strict=True errors, unzip with *), iterating dicts.

names = ["ann", "bob", "cy"]
ages = [31, 25, 47, 99]
print(len(names), len(ages), len("hello"), len({1: 2}), len(range(3, 30, 3)), len(b"xy"))
for i, n in enumerate(names):
    print(i, n)
print(list(enumerate("abc", start=1)), list(enumerate([], 5)), list(enumerate(range(3), -1)))
print(list(zip(names, ages)), list(zip()), list(zip("ab")), list(zip("abc", range(10), [True, False])))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, chars = zip(*pairs)
print(nums, chars)
print(list(zip(names, ages[:3], strict=True)))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(ages, names, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2, 3], [4], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(dict(zip(names, ages)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*zip(*matrix))])
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
z = zip([1, 2], "ab")
print(next(z), list(z), list(z))
for i, (a, b) in enumerate(zip("pq", "rs"), 10):
    print(i, a, b)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", e)
