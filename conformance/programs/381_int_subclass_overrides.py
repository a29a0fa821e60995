# Covers: int subclasses overriding dunders: __repr__/__str__ (print, str(), format with an empty
# spec, f-strings and %s use them; %d and format(x, 'd') use the value), arithmetic dunders and
# their reflected forms (a subclass on the right goes first), __eq__ without __hash__ (instances
# become unhashable), __eq__ with __hash__, ordering dunders used by sorted/max, __index__/__int__/
# __float__/__bool__/__format__ overrides (which built-ins call them and which read the value),
# unary dunders, and super() calls into int's own methods.
import math
import operator


class Loud(int):
    def __repr__(self):
        return 'Loud(%d)' % self

    def __add__(self, other):
        return Loud(int(self) + int(other))

    __radd__ = __add__


a = Loud(3)
print(a, repr(a), str(a), f'{a}', f'{a!r}', format(a), format(a, 'd'), format(a, '>9'), '%d|%s|%r|%i|%x' % (a, a, a, a, a))
print([a], (a,), {a: a}, {a}, a + 1, 1 + a, type(a + 1).__name__, a - 1, type(a - 1).__name__, a * 2, sum([a, a], Loud(0)), sum([a, 1]))


class S(int):
    def __str__(self):
        return 'S<%d>' % int(self)


s = S(4)
print(s, repr(s), str(s), f'{s}', format(s, ''), format(s, '03'), '%s %d %r' % (s, s, s), [s], '{}|{:x}'.format(s, s), str(s + 1))


class Mod10(int):
    def __eq__(self, other):
        return int(self) % 10 == int(other) % 10


print(Mod10(13) == 3, 3 == Mod10(13), Mod10(13) != 3, Mod10(13) != 4, Mod10.__hash__, Mod10(13) < 20, Mod10(13) + 1)
for make in (lambda: hash(Mod10(1)), lambda: {Mod10(1)}, lambda: {Mod10(1): 'v'}, lambda: Mod10(1) in {1: 2}):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)


class Always(int):
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 42


print(hash(Always(1)), Always(1) == 'x', {Always(1): 'v'}, len({Always(1), Always(2)}), {Always(7): 1}.get(Always(8)))


class Rev(int):
    def __lt__(self, other):
        return int(self) > int(other)


print(sorted([Rev(1), Rev(3), Rev(2)]), Rev(1) < Rev(2), max([Rev(1), Rev(3)]), min(Rev(1), Rev(3)), Rev(1) > Rev(2))


class Odd(int):
    def __index__(self):
        return 99

    def __int__(self):
        return 77

    def __float__(self):
        return 1.5


i = Odd(2)
print([10, 20, 30][i], operator.index(i), int(i), float(i), math.sqrt(i), range(i), hex(i), '%d %x %f' % (i, i, i), i + 0, '{:d}'.format(i), bin(i))


class Falsy(int):
    def __bool__(self):
        return False


print(bool(Falsy(5)), not Falsy(5), 'yes' if Falsy(5) else 'no', Falsy(5) or 'fallback', Falsy(5) and 'never', [v for v in [Falsy(1), 2] if v])


class Fmt(int):
    def __format__(self, spec):
        return 'Fmt[' + spec + ']'


print(f'{Fmt(1)}', f'{Fmt(1):x}', format(Fmt(2), '5'), '{}'.format(Fmt(3)), '{:d}'.format(Fmt(3)), '%d %s' % (Fmt(4), Fmt(4)), str(Fmt(5)))


class Reflect(int):
    def __rsub__(self, other):
        return 'rsub'

    def __rmul__(self, other):
        return 'rmul'

    def __radd__(self, other):
        return 'radd'


print(10 - Reflect(1), 'ab' * Reflect(2), [1] * Reflect(2), (1,) * Reflect(2), Reflect(2) * 'ab', 1.5 * Reflect(3), 1 + Reflect(1), [1] + Reflect(1), 'a' + Reflect(1))


class Unary(int):
    def __neg__(self):
        return 'negated'

    def __abs__(self):
        return 'absolute'

    def __invert__(self):
        return 'inverted'


print(-Unary(1), abs(Unary(-2)), ~Unary(3), +Unary(4), type(+Unary(4)).__name__)


class Wrapped(int):
    def __add__(self, other):
        r = super().__add__(other)
        return Wrapped(r) if r is not NotImplemented else r

    def __repr__(self):
        return 'W(' + super().__repr__() + ')'


w = Wrapped(1) + 2
print(w, repr(w), [w + 3], Wrapped(1).__add__('a'), Wrapped(1).__add__(2.5), 2 + Wrapped(1), type(2 + Wrapped(1)).__name__)


class Base(int):
    def double(self):
        return type(self)(self * 2)


class Derived(Base):
    pass


d = Derived(21).double()
print(d, type(d).__name__, isinstance(d, Base), [c.__name__ for c in Derived.__mro__], issubclass(Derived, int))
