# Covers: bisect_left/bisect_right/bisect (lo, hi, key=), insort/insort_left/insort_right (key=,
# user sequences with insert), grade tables, and errors (negative lo, unorderable, bad args).
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 5, lo=2, hi=6), bisect.bisect_right(a, 4, hi=None))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 5, 0, 4)
print(b)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])
people = [("ann", 19), ("bob", 25), ("cid", 31), ("dee", 45)]
ages = [p[1] for p in people]
print(bisect.bisect_left(people, 25, key=lambda p: p[1]), bisect.bisect_right(people, 25, key=lambda p: p[1]), bisect.bisect(ages, 30))
bisect.insort(people, ("eve", 28), key=lambda p: p[1])
print(people)
words = ["apple", "fig", "banana"]
words.sort(key=len)
bisect.insort(words, "kiwi", key=len)
bisect.insort_left(words, "date", key=len)
print(words)


class Seq:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print("  insert", i, x)
        self.items.insert(i, x)


s = Seq()
for x in [3, 1, 2]:
    bisect.insort(s, x)
print(s.items, bisect.bisect(s, 2.5), bisect.bisect_left("acegi", "d"))
for fn in (lambda: bisect.bisect(a, 3, -1), lambda: bisect.bisect([1, "b"], 2), lambda: bisect.bisect(a),
           lambda: bisect.insort(5, 1), lambda: bisect.bisect(a, 1, key=5)):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
