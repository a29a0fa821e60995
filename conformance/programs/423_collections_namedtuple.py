# Covers: collections.namedtuple (field names as list or string with commas/spaces), attribute and
# index access, unpacking, _replace, _asdict, _fields, _field_defaults, _make, defaults, rename,
# module=, repr, equality and hashing as tuples, immutability messages, subclassing to add
# methods, __match_args__, and the validation errors.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), len(p), tuple(p), hash(p) == hash((3, 4)))
x, y = p
print(x + y, p._replace(x=10), p, p._asdict(), Point._fields, Point._make([5, 6]), Point(y=1, x=2))
Person = namedtuple("Person", "name age city", defaults=["Unknown"])
print(Person("Ann", 30), Person("Bob", 40, "Rome"), Person._field_defaults, Person.__doc__)
Color = namedtuple("Color", "red, green  blue")
print(Color(1, 2, 3), Color._fields, Color.__match_args__)
R = namedtuple("R", ["a", "def", "a", "_b", "2x"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
M = namedtuple("M", "v", module="shapes")
print(M.__module__, Point.__module__, M(1), repr(M), type(p).__name__, Point.__qualname__)


class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)


v = Vector(3, 4) + Vector(1, 1)
print(v, v.norm, isinstance(v, tuple), sorted([Vector(2, 1), Vector(1, 5)]))
print(Point.x.__doc__, Point._make.__doc__ is None or True, Point.__new__.__qualname__)


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("Point(1)", lambda: Point(1))
attempt("Point(1, 2, 3)", lambda: Point(1, 2, 3))
attempt("Point(1, z=2)", lambda: Point(1, z=2))
attempt("p.x = 5", lambda: setattr(p, "x", 5))
attempt("del p.x", lambda: delattr(p, "x"))
attempt("p.z = 1", lambda: setattr(p, "z", 1))
attempt("_make([1])", lambda: Point._make([1]))
attempt("_replace(z=1)", lambda: p._replace(z=1))
attempt("keyword field", lambda: namedtuple("Bad", "class x"))
attempt("bad identifier", lambda: namedtuple("Bad", "x 1y"))
attempt("underscore", lambda: namedtuple("Bad", "_x"))
attempt("duplicate", lambda: namedtuple("Bad", "x x"))
attempt("too many defaults", lambda: namedtuple("Bad", "x", defaults=(1, 2)))
attempt("bad typename", lambda: namedtuple("1Bad", "x"))
