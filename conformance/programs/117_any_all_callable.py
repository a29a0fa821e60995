# Covers: any/all on empty and mixed iterables with short-circuiting, callable() on many kinds of objects.

print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 0, 1]), all([1, 0, 1]))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)), all(c.isalpha() for c in "abc"))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), seen)
seen.clear()
print(all(check(x) for x in [3, 4, 1, 5]), seen)
class C:
    def method(self):
        pass
    def __call__(self):
        pass
class D:
    pass
items = [len, print, C, C(), D(), D, C().method, lambda: 0, 5, "s", None, int, str.upper, "s".upper, type]
print([callable(i) for i in items])
print(any(map(str.isdigit, "ab3")), all(map(str.isdigit, "123")), any({}), all({0: 1}))
