# Covers: min/max with several args, iterables, key=, default=, ties (first wins), strings, tuples, errors.

print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"), max([1.5, 2, -3]))
words = ["pear", "fig", "banana", "kiwi", "plum"]
print(min(words, key=len), max(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(max([], default="empty"), min((), default=None), max([5], default=0))
print(max([(1, "b"), (1, "a"), (0, "z")]), min({"x": 3, "y": 1}, key=lambda k: {"x": 3, "y": 1}[k]))
print(max([-1, 1, -2, 2], key=abs), min([-1, 1, -2, 2], key=abs))
d = {"a": 3, "b": 7, "c": 7}
print(max(d, key=d.get), max(d.items(), key=lambda kv: kv[1]), max(d.values()))
print(max(1, 2.0), max(2.0, 2), min(True, 1), max(range(10), key=lambda v: v % 4))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, "a"), lambda: max(1, 2, default=0), lambda: min([], key=len)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(min("apple", "Apple", "APPLE"), max("a", "B", key=str.lower), min([[2], [1, 5], [1, 2]]))
print(max(map(int, "3 9 2".split())), min(x * x - 4 * x for x in range(10)))
