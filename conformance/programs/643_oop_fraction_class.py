# Covers: a Fraction-like number class: __slots__, reflected and mixed-type arithmetic, __hash__ consistent with int, total_ordering against floats, __format__ with a custom spec.
import math
from numbers import Rational
from functools import total_ordering
@total_ordering
class Frac:
    __slots__ = ('num', 'den')
    def __init__(self, num=0, den=1):
        if isinstance(num, Frac) and den == 1:
            num, den = num.num, num.den
        if not isinstance(num, int) or not isinstance(den, int):
            raise TypeError(f"Frac() needs ints, got {type(num).__name__}/{type(den).__name__}")
        if den == 0:
            raise ZeroDivisionError(f"Frac({num}, 0)")
        g = math.gcd(num, den)
        if den < 0: g = -g
        self.num, self.den = num // g, den // g
    @classmethod
    def from_float(cls, f, max_den=1000):
        best = cls(round(f))
        for d in range(1, max_den + 1):
            n = round(f * d)
            if abs(n / d - f) < abs(float(best) - f): best = cls(n, d)
        return best
    def __repr__(self): return f"Frac({self.num}, {self.den})"
    def __str__(self): return f"{self.num}" if self.den == 1 else f"{self.num}/{self.den}"
    def __format__(self, spec):
        if spec.endswith('m'):
            whole, rem = divmod(self.num, self.den)
            return f"{whole} {rem}/{self.den}" if rem else str(whole)
        return format(float(self), spec)
    @staticmethod
    def _coerce(o):
        if isinstance(o, Frac): return o
        if isinstance(o, int): return Frac(o)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return self + (-o)
    def __rsub__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return o - self
    def __mul__(self, o):
        if isinstance(o, float): return float(self) * o
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return o / self
    def __pow__(self, n):
        if not isinstance(n, int): return NotImplemented
        if n < 0: return Frac(self.den ** -n, self.num ** -n)
        return Frac(self.num ** n, self.den ** n)
    def __neg__(self): return Frac(-self.num, self.den)
    def __abs__(self): return Frac(abs(self.num), self.den)
    def __float__(self): return self.num / self.den
    def __int__(self): return int(self.num / self.den)
    def __round__(self, nd=None): return round(float(self), nd) if nd is not None else round(float(self))
    def __bool__(self): return self.num != 0
    def __eq__(self, o):
        if isinstance(o, Frac): return (self.num, self.den) == (o.num, o.den)
        if isinstance(o, int): return self.den == 1 and self.num == o
        if isinstance(o, float): return float(self) == o
        return NotImplemented
    def __lt__(self, o):
        o2 = self._coerce(o)
        if o2 is None:
            if isinstance(o, float): return float(self) < o
            return NotImplemented
        return self.num * o2.den < o2.num * self.den
    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))
h = Frac(1, 2); t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, h ** 2, t ** -2, -h, abs(-h), 1 + h, 1 - h, 2 * t, 1 / t)
print(repr(Frac(6, -8)), Frac(4, 2) == 2, hash(Frac(4, 2)) == hash(2), {Frac(2): 'two'}[2], {2: 'x'}[Frac(4, 2)])
print(sorted([Frac(3, 4), Frac(1, 8), Frac(5, 2), 1]), max(h, t, 0.4), min([Frac(7, 3), 2.5, 2]))
print(float(t), int(Frac(7, 2)), round(Frac(7, 2)), round(t, 3), bool(Frac(0)), bool(t))
print(f"{Frac(7, 2):m}|{Frac(8, 4):m}|{t:.3f}|{h:>8.2%}")
print(Frac.from_float(0.75), Frac.from_float(3.14159, 200), h * 0.5, h == 0.5, h < 0.6, h >= t, h <= h)
print(sum([Frac(1, n) for n in range(1, 6)]), math.prod([Frac(1, 2)] * 3) if hasattr(math, 'prod') else '')
for bad in [lambda: Frac(1, 0), lambda: Frac(1.5), lambda: h + "x", lambda: h < "x", lambda: h ** 0.5, lambda: h / 0]:
    try: print(bad())
    except (TypeError, ZeroDivisionError) as e: print(type(e).__name__, e)
print(isinstance(h, Rational), h.__slots__)
