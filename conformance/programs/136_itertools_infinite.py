# Covers: itertools count (start/step, floats), cycle, repeat (with and without times), islice (start/stop/step), and their reprs.
import itertools as it

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(1.5, 0.5), 4)), list(it.islice(it.count(5, -2), 4)))
c = it.count(3)
next(c)
print(c, repr(it.count(1, 2)), it.count(0.5, 0.25))
print(list(it.islice(it.cycle("abc"), 8)), list(it.islice(it.cycle([1, 2]), 5)), list(it.cycle([])))
print(list(it.repeat("x", 3)), list(it.islice(it.repeat(7), 4)), list(it.repeat(1, 0)), it.repeat("r", 2))
print(list(map(pow, range(5), it.repeat(2))), list(zip(it.count(1), "abc")))
print(list(it.islice("abcdefgh", 3)), list(it.islice("abcdefgh", 2, 6)), list(it.islice("abcdefgh", 1, None, 3)), list(it.islice(range(100), 95, None)))
for bad in [lambda: it.islice("abc", -1), lambda: it.islice("abc", 0, 2, 0)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
squares = (n * n for n in it.count(1))
print(list(it.islice(squares, 3)), list(it.islice(squares, 3)))
