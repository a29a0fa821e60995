# Covers: itertools.count (int/float/negative steps, repr), cycle, repeat (repr, times, length_hint),
# islice (stop, start/stop/step, None values, partially consumed iterators) and their errors,
# type names and module of the iterator types.
import itertools as it
import operator

c = it.count()
print(next(c), next(c), repr(c), repr(it.count(5)), repr(it.count(5, 2)), repr(it.count(0.5, 0.25)), repr(it.count(-3, -1)))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(1.5, 0.5), 4)), list(it.islice(it.count(5, -2), 4)))
c2 = it.count(1.0, 0.1)
for _ in range(5):
    next(c2)
print(repr(c2), repr(it.count(2**64)), repr(it.count(step=3)))
print(list(zip(it.count(1), "abc")), list(map(operator.mul, it.count(), [5, 5, 5])))
cy = it.cycle("ab")
print([next(cy) for _ in range(5)], list(it.islice(it.cycle([1, 2, 3]), 7)), list(it.cycle([])))
r = it.repeat("x", 3)
print(repr(r), list(r), repr(r), repr(it.repeat(None)), repr(it.repeat([1], 2)), operator.length_hint(it.repeat(1, 4)))
print(list(it.repeat(7, 0)), list(it.repeat(7, -5)), list(map(pow, range(4), it.repeat(2))))
print(list(it.islice("abcdefg", 3)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 1, None, 2)))
print(list(it.islice("abcdefg", None)), list(it.islice("abc", 10)), list(it.islice(range(100), 95, None)))
source = iter(range(10))
print(list(it.islice(source, 3)), next(source), list(it.islice(source, 2, 4)), next(source))
print(type(c).__name__, type(c).__module__, repr(type(cy)), it.count.__name__)
for args in (("abc", -1), ("abc", 1, 0), ("abc", "x"), ("abc", 0, 5, 0), ("abc",), ("abc", 1, 2, 3, 4)):
    try:
        it.islice(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in (lambda: it.count("a"), lambda: it.repeat(), lambda: it.cycle(), lambda: it.cycle(5), lambda: it.count()[0]):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
