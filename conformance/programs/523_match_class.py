# Covers: class patterns — isinstance checks (subclasses, ABCs through __instancecheck__),
# positional sub-patterns through __match_args__, keyword sub-patterns through getattr (a
# missing attribute means no match), the built-ins that match themselves with one positional
# sub-pattern (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple) and
# their subclasses, attribute access order, properties, nested class patterns.
import collections.abc


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d on the floor at {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere " + repr(p)
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0),
          Point3(0, 0, 9), "point"]:
    print(p, "->", where(p))

# Built-in types match the subject itself with one positional sub-pattern.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"binary {b!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return "something else"


for v in [True, -3, 7, 2.5, "hi", b"b", bytearray(b"ba"), [9, 8], (1, 2), (1, 2, 3), {"k": 0},
          {1, 2}, frozenset(), None, 1j]:
    print(repr(v), "->", kind(v))


class Celsius(float):
    pass


class Name(str):
    pass


match Celsius(21.5):
    case float(t):
        print("float subclass matches itself:", t, type(t).__name__)
match Name("bob"):
    case str(n) if n.istitle():
        print("title?")
    case Name(n):
        print("str subclass:", n, type(n).__name__)

# Keyword patterns use getattr: properties run, a missing attribute means no match.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        print("  (reading balance)")
        return self._balance


for acc in [Account("ann", 0), Account("bob", 50)]:
    match acc:
        case Account(owner="ann", balance=0):
            print("ann is broke")
        case Account(owner=o, balance=b, overdraft=limit):
            print("has overdraft?", limit)
        case Account(owner=o, balance=b):
            print(o, "has", b)

# Attributes are read left to right; positional first, then keywords.
class Traced:
    __match_args__ = ("b", "a")

    def __getattr__(self, name):
        print("  getattr", name)
        if name == "missing":
            raise AttributeError(name)
        return name.upper()


match Traced():
    case Traced(b, a, c=c):
        print("  ->", b, a, c)
match Traced():
    case Traced(x, missing=m):
        print("  matched?")
    case Traced():
        print("  fell through to Traced()")

# ABCs: isinstance goes through __instancecheck__.
class Duck:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


match Duck():
    case collections.abc.Sized():
        print("a Duck is Sized")
match Duck():
    case collections.abc.Sequence():
        print("Sequence?")
    case collections.abc.Collection():
        print("a Duck is a Collection")

# Nested class patterns.
class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end


for ln in [Line(Point(0, 0), Point(0, 9)), Line(Point(1, 1), Point(5, 1)), Line(Point(1, 2), Point(3, 4))]:
    match ln:
        case Line(Point(x1, _), Point(x2, _)) if x1 == x2:
            print("vertical at x =", x1)
        case Line(Point(_, y1), Point(_, y2)) if y1 == y2:
            print("horizontal at y =", y1)
        case Line(start=Point() as s, end=e):
            print("slanted from", s, "to", e)

# Inheriting __match_args__; a subclass can change it.
class Base:
    __match_args__ = ("v",)

    def __init__(self, v):
        self.v = v


class Derived(Base):
    pass


match Derived(42):
    case Base(v):
        print("Derived matches Base(v):", v)

# A class with no __match_args__ still accepts keyword patterns.
class Plain:
    def __init__(self):
        self.a = 1


match Plain():
    case Plain(a=1):
        print("Plain(a=1)")

# The class expression is evaluated each time the case is tried.
import types
ns = types.SimpleNamespace(cls=int)
for v in [1, "s"]:
    match v:
        case ns.cls():
            print(repr(v), "is", ns.cls.__name__)
        case _:
            print(repr(v), "is not", ns.cls.__name__)
    ns.cls = str
