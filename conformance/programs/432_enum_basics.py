# Covers: enum.Enum: members, repr/str/format, name/value, iteration order, len, aliases
# (__members__ keeps them, iteration skips them), lookup by value and by name (errors),
# membership, identity and hashing, auto(), unique, methods and properties on members,
# tuple values with __init__, _missing_, _generate_next_value_, functional API, and the
# errors for reassigning members, extending enums and comparing members.
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @property
    def is_warm(self):
        return self in (Color.RED,)


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [c.name for c in Color], list(Color.__members__), Color.__members__["CRIMSON"])
print(Color(2), Color["BLUE"], Color(1).describe(), Color.RED.is_warm, Color.GREEN.is_warm)
print(f"{Color.RED}", f"{Color.RED!r}", format(Color.GREEN, ">12") + "|", "%s" % Color.BLUE, str(Color.RED))
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1, hash(Color.RED) == hash("RED"))
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN], sorted(Color, key=lambda c: c.value, reverse=True))
print(type(Color.RED), isinstance(Color.RED, Color), repr(Color), Color.__name__, list(reversed(Color)))


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()

    @classmethod
    def first(cls):
        return next(iter(cls))


print(list(Weekday), Weekday.first(), Weekday.WEDNESDAY.value)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))


class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = "ci"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Shape("SQ"), Shape("ci"))


class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    FIRST = auto()
    SECOND = auto()


print(list(Ordinal), Ordinal.SECOND.value)
Animal = Enum("Animal", "ANT BEE CAT")
Status = Enum("Status", [("ON", "on"), ("OFF", "off")])
print(list(Animal), Animal.BEE.value, repr(Animal), Status("off"), Status.ON.value)


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("Color(7)", lambda: Color(7))
attempt("Color['PURPLE']", lambda: Color["PURPLE"])
attempt("Shape(3)", lambda: Shape(3))
attempt("RED < BLUE", lambda: Color.RED < Color.BLUE)
attempt("assign member", lambda: setattr(Color, "RED", 5))
attempt("Color.RED.value = 9", lambda: setattr(Color.RED, "value", 9))


def extend():
    class MoreColor(Color):
        PINK = 4


attempt("extend", extend)


def dup():
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        UNO = 1


attempt("unique", dup)
attempt("Animal.DOG", lambda: Animal.DOG)
