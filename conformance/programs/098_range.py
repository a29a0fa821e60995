# Covers: range repr, len, indexing, slicing, in, negative steps, empty ranges, count/index, equality, errors, big ranges.

r = range(10)
print(r, range(1, 10), range(0, 20, 3), range(5, -5, -2), len(r), r[3], r[-1])
print(list(range(0)), list(range(5, 0)), list(range(5, 0, -1)), list(range(-3, 3)), list(range(0, 10, 4)))
print(r[2:8], r[::-1], r[::3], range(0, 20, 3)[1:4], list(range(20)[-3:]), range(10)[5:2])
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, "3" in r)
print(range(0, 30, 5).index(15), range(10).count(3), range(100)[50:60].index(55))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 2) == range(0, 9, 2), range(1) != range(2))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(10 ** 20)), range(10 ** 20)[-1])
print(sum(range(101)), max(range(5, 50, 7)), min(range(-5, 5)), sorted(range(3, 0, -1)))
print(r.start, r.stop, r.step, range(1, 2, 3).step, bool(range(0)), bool(range(1)))
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[10], lambda: range(5).index(9), lambda: range()]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(list(reversed(range(1, 8, 2))), list(enumerate(range(3, 6))), tuple(range(3)))
print(range(10 ** 20) [10 ** 19: 10 ** 19 + 3], 10 ** 19 + 1 in range(10 ** 20))
