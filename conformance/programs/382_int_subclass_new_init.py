# Covers: int subclasses with __new__ (validation, extra arguments, super().__new__ and
# int.__new__(cls, ...)), __init__ receiving the constructor arguments, caching/interning in
# __new__, __new__ returning a non-instance (no __init__ call), empty __slots__ and the error for
# nonempty __slots__ on an int subtype, __class__ assignment between int subclasses,
# classmethods building instances (from_bytes on a subclass calls the class), __init_subclass__,
# copy/deepcopy of instances with attributes, multi-level hierarchies, and a subclass made by a
# user metaclass whose class attributes change after instances exist.
import copy


class Pos(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError('negative: %d' % value)
        return super().__new__(cls, value)

    def __init__(self, value):
        self.orig = value


p = Pos(7)
print(p, p.orig, type(p).__name__, Pos(True), Pos(3.5), Pos(3.5).orig)
try:
    Pos(-1)
except ValueError as e:
    print(type(e).__name__, e)
raw = int.__new__(Pos, 3)
print(raw, type(raw).__name__, hasattr(raw, 'orig'), int.__new__(Pos), int.__new__(Pos, '11', 2), int.__new__(int, 9), type(int.__new__(int, 9)).__name__)


class Tagged(int):
    def __new__(cls, value, tag='none', *, base=10):
        obj = int.__new__(cls, value, base) if isinstance(value, str) else int.__new__(cls, value)
        obj.tag = tag
        return obj

    def __repr__(self):
        return 'Tagged(%d, %r)' % (self, self.tag)


print(Tagged(5), Tagged('ff', 'hex', base=16), Tagged(2, tag='two') + 1, [Tagged(1, 'a'), Tagged(2, 'b')])


class Counted(int):
    made = 0

    def __init__(self, *args, **kwargs):
        type(self).made += 1
        self.args = args


c1, c2 = Counted(1), Counted('101', 2)
print(c1, c2, Counted.made, c1.args, c2.args)


class Interned(int):
    _cache = {}

    def __new__(cls, value):
        if value not in cls._cache:
            cls._cache[value] = super().__new__(cls, value)
        return cls._cache[value]


print(Interned(4) is Interned(4), Interned(4) is Interned(5), sorted(Interned._cache), type(list(Interned._cache)[0]).__name__)


class Weird(int):
    def __new__(cls, value):
        if value == 0:
            return 'zero!'
        return super().__new__(cls, value)

    def __init__(self, value):
        print('init called with', value)


print(Weird(0), Weird(2))


class Empty(int):
    __slots__ = ()


e = Empty(6)
print(e, e * 7, type(e * 7).__name__, hasattr(e, '__dict__'))
try:
    e.attr = 1
except AttributeError as exc:
    print(type(exc).__name__, exc)
for slots in (('unit',), ('__dict__',), 'x'):
    try:
        type('Bad', (int,), {'__slots__': slots})
    except TypeError as exc:
        print(type(exc).__name__, exc)
try:
    class Deeper(Empty):
        __slots__ = ('a', 'b')
except TypeError as exc:
    print(type(exc).__name__, exc)


class Other(int):
    def who(self):
        return 'other %d' % self


class First(int):
    def who(self):
        return 'first %d' % self


o = First(3)
for target in (Other, int, float):
    try:
        o.__class__ = target
    except TypeError as exc:
        print(type(exc).__name__, exc)


class SlimA(int):
    __slots__ = ()

    def who(self):
        return 'slim A %d' % self


class SlimB(int):
    __slots__ = ()

    def who(self):
        return 'slim B %d' % self


s = SlimA(8)
s.__class__ = SlimB
print(s.who(), type(s).__name__, s + 1)
try:
    s.__class__ = First
except TypeError as exc:
    print(type(exc).__name__, exc)


class Byteish(int):
    def __init__(self, value):
        self.src = 'init %d' % value


b = Byteish.from_bytes(b'\x01\x00', 'big')
print(b, type(b).__name__, b.src, Byteish.from_bytes(b'\xff', 'big', signed=True), type(int.from_bytes(b'\x02', 'little')).__name__)


class Registry(int):
    kinds = []

    def __init_subclass__(cls, kind='plain', **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.kinds.append((cls.__name__, kind))


class Meters(Registry, kind='length'):
    pass


class Grams(Registry):
    pass


print(Registry.kinds, Meters(3) + Grams(4), type(Meters(3) + Grams(4)).__name__, isinstance(Meters(1), Registry))

x = Tagged(9, 'orig')
x.extra = [1, 2]
y = copy.copy(x)
z = copy.deepcopy(x)
print(y, type(y).__name__, y.extra is x.extra, z, z.extra == x.extra, z.extra is x.extra)


class A(int):
    def describe(self):
        return 'A(%d)' % self


class B(A):
    def describe(self):
        return 'B->' + super().describe()


class C(B):
    pass


print(C(5).describe(), [k.__name__ for k in C.__mro__], C.__bases__[0].__name__, C(5) == 5, hash(C(5)) == hash(5), isinstance(C(1), A))


class Meta(type):
    pass


class Unit(int, metaclass=Meta):
    scale = 1

    def __new__(cls, v):
        return super().__new__(cls, v * cls.scale)

    def scaled(self):
        return self * self.scale


u = Unit(2)
for factor in (10, 100):
    Unit.scale = factor
    print(Unit.scale, u.scaled(), Unit(3), Unit.__new__.__name__, type(Unit.__dict__['__new__']).__name__, type(Unit).__name__)
