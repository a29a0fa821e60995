# Covers: Enum members made by a custom or mixed-in __new__ (bytes, float), StrEnum members as real strs, _missing_.
from enum import Enum, IntEnum, StrEnum, auto
class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj
    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')
print(Coordinate.PY, Coordinate.PY.label, Coordinate(1), Coordinate.PX == b'\x00')
class AutoNumber(Enum):
    def __new__(cls):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
class Col(AutoNumber):
    RED = ()
    GREEN = ()
print(Col.GREEN.value, Col(1), list(Col))
class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__: return self.value >= other.value
        return NotImplemented
    def __lt__(self, other):
        if self.__class__ is other.__class__: return self.value < other.value
        return NotImplemented
class Grade(OrderedEnum):
    A = 5
    B = 4
    C = 3
print(Grade.C < Grade.A, Grade.B >= Grade.A, sorted(Grade))
class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.SQUARE == "sq", Shape("circle"), f"{Shape.CIRCLE:>8}|", Shape.CIRCLE.upper(), isinstance(Shape.SQUARE, str))
print(" ".join(Shape), sorted(Shape), "sq" in list(Shape), Shape.CIRCLE + "!", len(Shape.CIRCLE))
class F(float, Enum):
    PI = 3.14
    E = 2.72
print(F.PI, repr(F.E), F.PI * 2, f"{F.PI}", F(2.72), round(F.PI, 1))
class Weekday(IntEnum):
    MON = 1
    TUE = 2
    @classmethod
    def today(cls): return cls.MON
    def next(self): return Weekday((self % 2) + 1)
print(Weekday.today(), Weekday.MON.next(), Weekday.TUE.next(), Weekday.MON + Weekday.TUE, ["a","b","c"][Weekday.TUE])
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower(): return m
        return None
print(Status("ACTIVE"), Status("Inactive"))
try: Status("x")
except ValueError as e: print(e)
