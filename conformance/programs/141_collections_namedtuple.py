# Covers: namedtuple: creation (list/string fields, defaults, rename), repr, indexing/unpacking, _replace, _asdict, _fields, _make, _field_defaults, errors.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), len(p), tuple(p))
x, y = p
print(x + y, p._replace(x=10), p, p._asdict(), Point._fields)
Person = namedtuple("Person", "name age city", defaults=["Unknown"])
print(Person("Ann", 30), Person("Bob", 40, "Rome"), Person._field_defaults)
print(Person._make(["Cy", 5, "Oslo"]), Person(name="Di", age=7))
R = namedtuple("R", ["a", "def", "a", "_x"], rename=True)
print(R._fields, R(1, 2, 3, 4))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    namedtuple("Bad", ["ok", "class"])
except ValueError as e:
    print("ValueError:", e)
try:
    p._replace(z=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__ + ":", e)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
v = Vec(1, 2) + Vec(2, 2)
print(v, v.norm, isinstance(v, tuple), type(v).__name__)
pts = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(sorted(pts), max(pts, key=lambda q: q.y), {pt: pt.x * pt.y for pt in pts})
print(Point.__name__, Point.__doc__, Point.x.__doc__ if hasattr(Point.x, "__doc__") else "")
