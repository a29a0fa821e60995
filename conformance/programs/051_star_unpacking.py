# Covers: star-unpacking in assignments, nested targets, swaps, unpacking in calls and in list/tuple/set/dict displays, errors.

a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
x, *y = [1]
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, [t, *u]] = [10, [20, 30, 40]]
print(s, t, u)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print([*range(3), *"ab", *(9,)])
print((*[1, 2], 3))
print({*[1, 2], *{2, 3}})
print({**{"a": 1, "b": 2}, "b": 20, **{"c": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
print(*[1, 2, 3], sep="-")
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
m = n = o = []
m.append(1)
print(m, n, o)
i = j = 0
i += 1
print(i, j)
d = {}
d["k"], d["v"] = "key", "value"
print(d)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 2, 99
print(idx, lst)
print(*"", "empty star ok")
