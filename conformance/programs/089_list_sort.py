# Covers: list.sort and sorted with key/reverse, stability, multi-key sorting, sorting tuples/strings, key functions from operator, sort TypeErrors.
from operator import itemgetter, attrgetter

people = [("alice", 31, "oslo"), ("bob", 25, "rome"), ("carol", 31, "bern"), ("dave", 25, "oslo"), ("eve", 40, "rome")]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(1), reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(sorted(people, key=itemgetter(2, 0)))
by_name = sorted(people)
stable = sorted(by_name, key=lambda p: p[1])
print([p[0] for p in stable])
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
words.sort(key=lambda w: (-len(w), w))
print(words)
class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __repr__(self):
        return f"{self.name}({self.dept},{self.salary})"
emps = [Emp("z", "ops", 50), Emp("y", "dev", 70), Emp("x", "dev", 60), Emp("w", "ops", 50)]
print(sorted(emps, key=attrgetter("dept", "salary")))
emps.sort(key=attrgetter("salary"), reverse=True)
print(emps)
print(sorted([3, -1, -4, 2], key=abs), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2], [1]]))
print(sorted({"b": 2, "a": 1}), sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
data = [5, 2, 8, 1]
result = data.sort()
print(result, data)
print(sorted([0.5, -0.0, 0.0, -1]), sorted("Mississippi"), sorted(range(10), key=lambda n: n % 3))
rev_stable = sorted([("a", 1), ("b", 1), ("c", 0)], key=itemgetter(1), reverse=True)
print(rev_stable)
