# Covers: an immutable vector class: __slots__, operators, __format__, __matmul__, in-place fallback to __add__.
from numbers import Number
import math
class Vector:
    __slots__ = ('_c',)
    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], Number):
            components = tuple(components[0])
        object.__setattr__(self, '_c', tuple(float(x) for x in components))
    def __setattr__(self, name, value):
        raise AttributeError(f"can't set attribute {name!r}: Vector is immutable")
    def __len__(self): return len(self._c)
    def __iter__(self): return iter(self._c)
    def __getitem__(self, i):
        if isinstance(i, slice): return Vector(self._c[i])
        return self._c[i]
    def __repr__(self): return f"Vector({', '.join(format(x, 'g') for x in self._c)})"
    def __str__(self): return str(self._c)
    def __bool__(self): return any(self._c)
    def __abs__(self): return math.hypot(*self._c)
    def __neg__(self): return Vector(-x for x in self)
    def __pos__(self): return Vector(self)
    def _check(self, other):
        if not isinstance(other, Vector): return False
        if len(other) != len(self): raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return True
    def __add__(self, other):
        if not self._check(other): return NotImplemented
        return Vector(a + b for a, b in zip(self, other))
    def __sub__(self, other):
        if not self._check(other): return NotImplemented
        return Vector(a - b for a, b in zip(self, other))
    def __mul__(self, k):
        if isinstance(k, Number): return Vector(x * k for x in self)
        return NotImplemented
    def __rmul__(self, k): return self * k
    def __truediv__(self, k):
        if isinstance(k, Number): return Vector(x / k for x in self)
        return NotImplemented
    def __matmul__(self, other):
        if not self._check(other): return NotImplemented
        return sum(a * b for a, b in zip(self, other))
    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c
    def __hash__(self): return hash(self._c)
    def __format__(self, spec):
        if spec.endswith('p'):
            spec = spec[:-1]
            r = abs(self); theta = math.atan2(self[1], self[0])
            return f"<{r:{spec}}, {theta:{spec}}>"
        return "(" + ", ".join(format(c, spec) for c in self) + ")"
    @classmethod
    def zeros(cls, n): return cls([0] * n)
v = Vector(3, 4); w = Vector([1, 2])
print(v, repr(v), abs(v), bool(v), bool(Vector.zeros(2)), len(v))
print(v + w, v - w, v * 2, 3 * v, v / 2, v @ w, -v, +v == v)
print(v[0], v[-1], v[:1], list(v), tuple(w), f"{v:.2f}", f"{Vector(1, 1):.3fp}")
print(v == Vector(3, 4), v != w, v == (3, 4), hash(v) == hash(Vector(3.0, 4.0)))
try: v + Vector(1, 2, 3)
except ValueError as e: print(e)
try: v + 1
except TypeError as e: print(e)
try: v * v
except TypeError as e: print(e)
try: v.x = 5
except AttributeError as e: print(e)
try: "a" @ v
except TypeError as e: print(e)
vs = {v, Vector(3, 4), w}
print(len(vs), sorted(vs, key=abs))
print(sum([v, w], Vector.zeros(2)))
total = Vector(0, 0)
for vec in [v, w, v]: total += vec
print(total, total is not v)
