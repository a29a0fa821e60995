# Covers: itertools accumulate (func, initial), chain / chain.from_iterable (lazy), compress,
# dropwhile, takewhile, filterfalse (incl. None), starmap, pairwise, zip_longest (fillvalue),
# laziness (nothing is consumed before next()), and errors surfacing on iteration.
import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=0)))
print(list(it.accumulate("abc")), list(it.accumulate([[1], [2], [3]])), list(it.accumulate([1.5, 2.5], lambda a, b: a * b)))
print(list(it.chain("ab", [1, 2], (), range(2))), list(it.chain()), list(it.chain.from_iterable(["ab", "cd"])))
gen = (str(i) * 2 for i in range(3))
print(list(it.chain.from_iterable(gen)), list(it.chain.from_iterable([[1, [2]], [3]])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress("ABC", [0, 1])), list(it.compress(range(10), it.cycle([True, False]))))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda *a: sum(a), [[1, 2, 3], (4,), ()])))
print(list(it.pairwise("ABCDE")), list(it.pairwise([1])), list(it.pairwise([])), [b - a for a, b in it.pairwise([1, 4, 9, 16])])
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest([1, 2], [3], [4, 5, 6])), list(it.zip_longest()))
print(dict(it.zip_longest("abc", [1])), list(it.zip_longest("ab")))

log = []


def noisy(x):
    log.append(x)
    return x


lazy = it.chain(map(noisy, [1, 2]), map(noisy, [3]))
print(log, next(lazy), log, list(lazy), log)
tw = it.takewhile(lambda x: x < 3, map(noisy, [1, 2, 3, 4]))
print(list(tw), log[-3:])
bad = it.chain([1], 5)
print(next(bad))
try:
    next(bad)
except TypeError as e:
    print("chain:", e)
try:
    list(it.starmap(pow, [1]))
except TypeError as e:
    print("starmap:", e)
try:
    list(it.accumulate([1, "a"]))
except TypeError as e:
    print("accumulate:", e)
try:
    it.zip_longest([1], fill=0)
except TypeError as e:
    print("zip_longest:", e)
