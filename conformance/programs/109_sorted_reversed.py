# Covers: sorted on various iterables (returns list), reversed on sequences/ranges/dicts, reversed errors, __reversed__.

print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cab"), sorted({3: "c", 1: "a"}), sorted({5, 1, 3}), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.casefold), sorted([], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [])
except TypeError as e:
    print("TypeError:", e)
class Countdown:
    def __reversed__(self):
        return iter("reversed!")
print("".join(reversed(Countdown())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 100
print(list(reversed(Seq())), sorted(Seq(), reverse=True))
try:
    sorted([1, 2], key=None, cmp=None)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print("".join(sorted("hello world")).strip(), sorted([[3], [1, 2], [1]]))
