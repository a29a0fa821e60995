# Covers: Enum with methods/properties/classmethods, aliases, unique, IntEnum, Flag, IntFlag, tuple values with __init__, _generate_next_value_, (str, Enum) mixins.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
    def describe(self): return f"{self.name}={self.value}"
    @property
    def hex(self): return {1: '#f00', 2: '#0f0', 3: '#00f'}[self.value]
    @classmethod
    def parse(cls, s): return cls[s.upper()]
print(Color.RED, repr(Color.GREEN), Color.ALIAS is Color.RED, list(Color), len(Color))
print(Color.RED.describe(), Color.BLUE.hex, Color.parse("green"), Color(3), Color['RED'])
print([m for m in Color.__members__], Color.RED in Color, isinstance(Color.RED, Color))
try: Color(7)
except ValueError as e: print(e)
try: Color['PINK']
except KeyError as e: print(repr(e))
try: Color.RED.value = 5
except AttributeError as e: print(e)
try:
    class Bad(Color): NEW = 4
except TypeError as e: print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class P(IntEnum):
    LOW = 1
    HIGH = 10
print(P.LOW < P.HIGH, P.LOW + 1, P.HIGH == 10, sorted([P.HIGH, P.LOW]), int(P.HIGH), f"{P.LOW}", str(P.LOW), repr(P.LOW))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), rw & Perm.W, list(rw) if hasattr(rw, '__iter__') else '')
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, IP.A | 4, int(IP.A | IP.B))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self): return 6.674e-11 * self.mass / self.radius ** 2
print(f"{Planet.EARTH.gravity:.2f}", Planet.MARS.mass, Planet.EARTH.value)
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    A = auto()
    B = auto()
try:
    class Auto2(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values): return name.lower()
except TypeError as e: print(e)
print(list(Auto), Auto.A.value) 
class Str(str, Enum):
    X = "x"
    Y = "y"
print(Str.X == "x", Str.X.upper(), f"{Str.X}", str(Str.X), repr(Str.Y), Str("y"))
print({Color.RED: 1}[Color.ALIAS], Color.RED.name, Color.__name__, type(Color.RED).__name__, type(Color).__name__)
class Col2(Enum):
    R = 1
    G = 2
    def describe(self): return 1
    @property
    def lower(self): return self.name.lower()
    @classmethod
    def make(cls): pass
for o in [Col2, Col2.R, Perm, Perm.R]:
    print(dir(o))
