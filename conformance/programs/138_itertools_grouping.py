# Covers: itertools chain/chain.from_iterable, accumulate (default, func, initial), groupby (sorted and unsorted), zip_longest, takewhile, dropwhile, filterfalse, starmap, compress, tee, pairwise.
import itertools as it
import operator

print(list(it.chain("ab", [1, 2], (3,))), list(it.chain.from_iterable(["xy", "z", []])), list(it.chain()))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([])), list(it.accumulate("abc")))
data = "aaabbcaaddd"
print([(k, len(list(g))) for k, g in it.groupby(data)])
print([(k, list(g)) for k, g in it.groupby(sorted(data))])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for key, group in it.groupby(sorted(words), key=lambda w: w[0]):
    print(key, list(group))
print([(k, list(g)) for k, g in it.groupby([1, 2, 4, 6, 7, 9], key=lambda n: n % 2)])
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest("ab", "xyz")))
print(list(it.takewhile(lambda x: x < 5, [1, 3, 6, 2, 1])), list(it.dropwhile(lambda x: x < 5, [1, 3, 6, 2, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), it.cycle([0, 1]))))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), next(a, "a exhausted"))
x, y, z = it.tee("hi", 3)
print(list(x), list(y), list(z))
print(list(it.pairwise("abcde")), list(it.pairwise([1])), [b - a for a, b in it.pairwise([1, 4, 9, 16, 25])])
running = list(it.accumulate([100, -20, -50, 30], initial=0))
print(running, max(running))
g = it.groupby("aab")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
