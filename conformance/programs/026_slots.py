# Covers: __slots__ basics: restricted attributes, AttributeError messages, no __dict__, inheritance with slots.

class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), P.__slots__)

class Q:
    __slots__ = ["a"]
q = Q()
try:
    q.a
except AttributeError as e:
    print("AttributeError:", e)
q.a = 5
del q.a
print(hasattr(q, "a"))

class Child(P):
    pass
c = Child(1, 2)
c.extra = "child has __dict__"
print(c.extra, hasattr(c, "__dict__"))

class Child2(P):
    __slots__ = ("z",)
c2 = Child2(1, 2)
c2.z = 3
print(c2.x, c2.y, c2.z)
try:
    c2.w = 4
except AttributeError as e:
    print("AttributeError:", e)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
print(type(P.x).__name__)
