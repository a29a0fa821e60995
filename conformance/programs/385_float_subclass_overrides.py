# Covers: float subclasses with their own __new__/__init__ (extra arguments, attributes),
# overridden __repr__/__str__ (print, format with an empty spec, f-strings, %s/%r; %f reads
# the value), arithmetic dunders and their reflected forms, __float__/__int__ overrides (which
# float(), int(), math and % call), __eq__ without __hash__ (unhashable), __slots__, NaN
# subclass instances as dict keys, sorting by a custom __lt__, and classmethods on subclasses.
import math


class Temp(float):
    def __new__(cls, degrees, unit='C'):
        obj = super().__new__(cls, degrees)
        obj.unit = unit
        return obj

    def __repr__(self):
        return 'Temp(%s%s)' % (float.__repr__(self), self.unit)

    def __str__(self):
        return '%.1f°%s' % (self, self.unit)

    def __add__(self, other):
        return Temp(float(self) + float(other), self.unit)

    __radd__ = __add__


t = Temp(21.5)
print(t, repr(t), [t], f'{t}', f'{t!r}', format(t, ''), format(t, '.2f'), t + 1, repr(t + 1), repr(1 + t), '%s %r %.2f %d' % (t, t, t, t))
print(t * 2, type(t * 2).__name__, t - 1, -t, type(-t).__name__, Temp(100, 'F').unit, sum([Temp(1), Temp(2)], Temp(0)), sorted([Temp(3), Temp(1)]))


class Pinned(float):
    def __float__(self):
        return 42.0

    def __int__(self):
        return 7

    def __round__(self, n=None):
        return 'rounded'


p = Pinned(1.5)
print(float(p), int(p), p + 0, math.sqrt(Pinned(4.0)), '%f %d %s' % (p, p, p), round(p), math.floor(p), abs(p), p > 1, f'{p:.2f}')


class Approx(float):
    def __eq__(self, other):
        return abs(float(self) - float(other)) < 0.01


print(Approx(1.0) == 1.001, 1.001 == Approx(1.0), Approx(1.0) != 2, Approx.__hash__, Approx(1.0) < 2)
for make in (lambda: hash(Approx(1.0)), lambda: {Approx(1.0)}, lambda: {Approx(2.0): 1}):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)


class Slotted(float):
    __slots__ = ('tag',)


s = Slotted(1.5)
s.tag = 'x'
print(s.tag, s * 2, type(s * 2).__name__, Slotted(2.5) + s)
for action in (lambda: setattr(s, 'other', 1), lambda: s.__dict__, lambda: Slotted(0.5).tag):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)


class MyFloat(float):
    pass


nanf = MyFloat('nan')
d = {nanf: 1}
print(d[nanf], nanf in d, float('nan') in d, nanf == nanf, nanf is nanf, [nanf] == [nanf], {nanf} == {nanf}, len({MyFloat('nan'), MyFloat('nan')}))


class Desc(float):
    def __lt__(self, other):
        return float(self) > float(other)


print(sorted([Desc(1.5), Desc(3.5), Desc(2.5)]), max([Desc(1.0), Desc(9.0)]), Desc(1.0) < Desc(2.0))


class Reflect(float):
    def __rsub__(self, other):
        return 'rsub %r' % (other,)

    def __rtruediv__(self, other):
        return 'rdiv'


print(10 - Reflect(1.0), 2.5 - Reflect(1.0), 1 / Reflect(2.0), Reflect(2.0) - 1, Reflect(3.0) / 2)


class Money(float):
    @classmethod
    def parse(cls, text):
        return cls(text.strip('$'))

    def __repr__(self):
        return '$%.2f' % self


m = Money.parse('$12.5')
print(m, type(m).__name__, Money.fromhex('0x1.8p3'), Money(1) + Money(2), [Money(0.1) * 3], f'{m:>10.3f}', '{}'.format(m))


class Ratio(float):
    def __init__(self, value, label='r'):
        self.label = label


try:
    Ratio(0.25, 'quarter')
except TypeError as e:
    print(type(e).__name__, e)
r = Ratio(0.25)
print(r, r.label, r.as_integer_ratio(), float(r), type(float(r)).__name__)
