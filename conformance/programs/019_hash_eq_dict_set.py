# Covers: __hash__/__eq__ for dict keys and set members, unhashable types, __hash__ = None when __eq__ defined.

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

d = {Point(1, 2): "a", Point(3, 4): "b"}
print(d[Point(1, 2)], Point(3, 4) in d, Point(5, 6) in d)
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s))
print(hash(Point(1, 2)) == hash((1, 2)))

class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {[1, 2]: 3}
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    set([[1], [2]])
except TypeError as e:
    print("TypeError:", e)

class CaseInsensitive:
    def __init__(self, s): self.s = s
    def __eq__(self, o): return self.s.lower() == o.s.lower()
    def __hash__(self): return hash(self.s.lower())
    def __repr__(self): return repr(self.s)
names = {}
for n in ["Alice", "ALICE", "bob", "Bob", "alice"]:
    key = CaseInsensitive(n)
    names[key] = names.get(key, 0) + 1
print(names)

class BadHash:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"B{self.v}"
print(sorted({BadHash(i) for i in [3, 1, 2, 1]}, key=lambda b: b.v))
print(hash(1) == hash(1.0) == hash(True), {1: "int", 1.0: "float", True: "bool"})
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
