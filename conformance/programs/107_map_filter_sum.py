# Covers: map (one and several iterables), filter (function and None), sum (start, floats, lists with start), laziness of map/filter.

print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "x", None, [], [0], False, True])), list(filter(str.isdigit, "a1b22c3")))
print(list(filter(lambda x: x > 2, range(6))), list(map(len, "one two three".split())))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2, 0.3]), sum([]), sum([], 5), sum(range(5), start=100))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum([1, 2.5, 3]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
log = []
def f(x):
    log.append(x)
    return x * 10
m = map(f, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log)
fl = filter(lambda v: v % 2, range(10))
print(type(m).__name__, type(fl).__name__, next(fl), next(fl), list(fl))
print(list(map(int, "1 2 3".split())), list(map(float, ["1.5", "2"])), "".join(map(chr, [80, 121])))
print(sum(x * x for x in range(10)), sum(map(int, str(2 ** 100))))
print(sum([1e100, 1.0, -1e100]), sum([0.1] * 10), sum([1, 2], 0.5))
