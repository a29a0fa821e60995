# Covers: rich comparison dunders, reflected comparisons, functools.total_ordering, sorting custom objects, comparison TypeErrors.
import functools

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs))
print(max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == Version("1.2"), a == "1.2")
try:
    a < "1.2"
except TypeError as e:
    print("TypeError:", e)

class Loud:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"  {self.n}.__lt__({o.n})")
        return self.n < o.n
    def __gt__(self, o):
        print(f"  {self.n}.__gt__({o.n})")
        return self.n > o.n

print(Loud(1) < Loud(2))
print(Loud(1) > Loud(2))

class OnlyLt:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
print(OnlyLt(3) > OnlyLt(1))   # reflected __lt__
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)

class NoEq: pass
x = NoEq()
print(x == x, x != x, x == NoEq())
print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "abc" < "abd", "Z" < "a")
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1.5, True, -2, 0.0]))
