# Covers: IntEnum members are real ints (isinstance(m, int), int arithmetic returning plain
# ints, comparisons, hashing equal to the value so members and ints are interchangeable dict
# keys, list indices, range() arguments, math), 3.11's text rules (repr is <Cls.NAME: v>,
# str() and format() give the int value, f-string specs format the value), lookups by value
# and name, auto(), the functional API, a subclass overriding __str__, and value errors.
import json
import math
from enum import Enum, IntEnum, auto, unique


class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3


r = Color.RED
print(isinstance(r, int), isinstance(r, Color), isinstance(r, Enum), issubclass(Color, int), type(r).__name__, type(r + 1).__name__, type(r.value).__name__)
print(r, str(r), repr(r), f'{r}', f'{r!s}', f'{r!r}', f'{r:>5}|', f'{r:03d}', format(r), format(r, 'b'), '%d %s %r %x' % (r, r, r, r), [r], {r: 'x'}, (r,))
print(r + 1, r * 10, Color.BLUE // 2, Color.BLUE / 2, -r, abs(-Color.GREEN), ~r, r << 3, Color.GREEN ** 3, divmod(Color.BLUE, 2), r & 3, r | 4, r + Color.BLUE, sum(Color))
print(r == 1, 1 == r, r < Color.BLUE, Color.BLUE > 2, Color.GREEN >= 2.0, r != Color.GREEN, hash(r) == hash(1), {1: 'one'}[r], {r: 'red'}[1], 1 in {r}, r in {1: 0})
print(['a', 'b', 'c', 'd'][Color.BLUE], 'xyz'[Color.RED:], list(range(Color.GREEN)), 'ab' * Color.GREEN, [0] * Color.BLUE, bytes(Color.GREEN))
print(int(r), float(r), type(int(r)).__name__, bool(r), math.sqrt(Color.GREEN ** 2), math.factorial(Color.BLUE), hex(Color.BLUE), chr(64 + r), round(r), type(round(r)).__name__)
print(sorted(Color, reverse=True), max(Color), min(list(Color)), sorted([3, Color.GREEN, 1]), sorted({Color.BLUE: 0, 1: 1, Color.GREEN: 2}.items()))
print(Color(2), repr(Color(2)), Color(2) is Color.GREEN, Color(Color.RED) is r, Color['BLUE'], repr(Color['BLUE']), r.name, r.value, r.real, r.bit_length(), r.to_bytes(1, 'big'), Color.GREEN.numerator)
print(list(Color), len(Color), Color.RED in Color, [c.name for c in Color], list(Color.__members__), json.dumps({'c': Color.BLUE, 'l': list(Color)}))
for bad in (7, 'RED', 1.5):
    try:
        Color(bad)
    except ValueError as e:
        print(type(e).__name__, e)


class Level(IntEnum):
    LOW = auto()
    HIGH = auto()
    ZERO = 0
    NONE = 0


print(list(Level), bool(Level.ZERO), bool(Level.LOW), Level.HIGH.value, [lv.name for lv in Level if lv], Level.NONE is Level.ZERO, repr(Level.NONE), Level.__members__['NONE'])


class Named(IntEnum):
    A = 10
    B = 20

    def __str__(self):
        return self.name.lower()

    def describe(self):
        return '%s=%d' % (self.name, self)


print(Named.A, f'{Named.A}', format(Named.B, ''), format(Named.B, 'x'), repr(Named.A), Named.B.describe(), '%s %d' % (Named.A, Named.A), [Named.A], str(Named.B))

Num = IntEnum('Num', 'ONE TWO THREE')
print(list(Num), Num.TWO + Num.THREE, Num(3), repr(Num.ONE), isinstance(Num.ONE, int), Num.TWO * 'ab')

Status = IntEnum('Status', [('OK', 200), ('NOT_FOUND', 404)])
print(Status.OK, repr(Status.NOT_FOUND), Status(404).name, Status.OK < Status.NOT_FOUND, {s: s.name for s in Status})


class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3

    @property
    def weekend(self):
        return False

    @classmethod
    def first(cls):
        return cls.MON


print(Weekday.first(), Weekday.TUE.weekend, Weekday.WED - Weekday.MON, Weekday(Weekday.TUE + 1), [d for d in Weekday if d % 2])

try:
    @unique
    class Dup(IntEnum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Bad(IntEnum):
        A = 'a'
except ValueError as e:
    print(type(e).__name__, e)


class Mixed(IntEnum):
    X = '5'
    Y = 2.0


print(repr(Mixed.X), repr(Mixed.Y), Mixed(5), type(Mixed.Y.value).__name__)
