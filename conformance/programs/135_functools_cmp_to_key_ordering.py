# Covers: functools.cmp_to_key with custom comparators, total_ordering generated methods, sorting with old-style cmp functions, functools.singledispatch.
import functools

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (b > a) - (b < a))))

def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=functools.cmp_to_key(lambda x, y: (y + x > x + y) - (y + x < x + y)))
    return "".join(strs)
print(largest_number([3, 30, 34, 5, 9]), largest_number([10, 2]))
K = functools.cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), max([5, 1, 9], key=K))

@functools.total_ordering
class Student:
    def __init__(self, name, grade):
        self.name, self.grade = name, grade
    def __eq__(self, o):
        return self.grade == o.grade
    def __gt__(self, o):
        return self.grade > o.grade
    def __repr__(self):
        return f"{self.name}:{self.grade}"
a, b = Student("a", 90), Student("b", 85)
print(a > b, a < b, a >= b, a <= b, a == b, a != b)
print(sorted([Student("x", 70), a, b]), max(a, b))
print(sorted(n for n in vars(Student) if n.startswith("__") and n[2:4] in ("lt", "le", "gt", "ge", "eq")))

@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(1), describe([1, 2]), describe("s"), describe(True))
