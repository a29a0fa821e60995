# Covers: __int__/__float__/__index__/__round__/__trunc__ and friends (with 3.11 DeprecationWarnings), numeric subclasses, __eq__ with built-in values.
import math
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __index__(self): return int(self.v)
    def __round__(self, n=None): return f"round({n})"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __bytes__(self): return b"num"
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __pow__(self, e, mod=None): return ("pow", e, mod)
    def __rpow__(self, b, mod=None): return ("rpow", b, mod)
n = Num(3.7)
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(bytes(n), divmod(n, 2), divmod(2, n), pow(n, 2), pow(n, 2, 5), n ** 3, 2 ** n)
print(hex(Num(255)), oct(Num(8)), bin(Num(5)), [10, 20, 30][Num(1)], range(10)[Num(2)])
print(math.sqrt(Num(16)), "%d" % Num(4.2), "%x" % Num(255), "%f" % Num(1.5))
class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()) if False else "", complex(OnlyIndex()) if False else "")
try: float(OnlyIndex())
except TypeError as e: print(e)
class OnlyFloat:
    def __float__(self): return 2.5
print(float(OnlyFloat()), complex(OnlyFloat()))
try: int(OnlyFloat())
except TypeError as e: print(e)
class BadInt:
    def __int__(self): return "x"
try: int(BadInt())
except TypeError as e: print(e)
class BadFloat:
    def __float__(self): return 1
try: float(BadFloat())
except TypeError as e: print(e)
class BadIndex:
    def __index__(self): return 1.5
try: [1][BadIndex()]
except TypeError as e: print(e)
try: hex(BadIndex())
except TypeError as e: print(e)
class IntSub(int): pass
class RetSub:
    def __int__(self): return IntSub(5)
r = int(RetSub()); print(r, type(r).__name__)
class Truncy:
    def __trunc__(self): return 9
try: print(int(Truncy()))
except TypeError as e: print(e)
try: int(object())
except TypeError as e: print(e)
try: float("abc")
except ValueError as e: print(e)
try: round(object())
except TypeError as e: print(e)
try: math.floor(object())
except TypeError as e: print(e)
try: abs(object())
except TypeError as e: print(e)
try: -object()
except TypeError as e: print(e)
try: ~3.0
except TypeError as e: print(e)
class Money(int):
    def __new__(cls, v, cur="USD"):
        o = super().__new__(cls, v); o.cur = cur; return o
    def __add__(self, o): return Money(int(self) + int(o), self.cur)
    __radd__ = __add__
    def __repr__(self): return f"Money({int(self)}, {self.cur!r})"
print(Money(5) + 3, 3 + Money(5), sum([Money(1), Money(2)]), Money(2) * 3, type(Money(2) * 3).__name__)
print(Money(5) == 5, Money(5) < 6, hash(Money(5)) == hash(5), {Money(5): 'a'}[5])
class F(float):
    def __new__(cls, v): return super().__new__(cls, abs(v))
print(F(-2.5), F(-2.5) + 1, type(F(-1) + 1).__name__, isinstance(F(1), float))
class C(complex): pass
print(C(1, 2) + 1, type(C(1,2)).__name__)
class B(int):
    def __bool__(self): return False
print(bool(B(5)), not B(5), B(5) and "x")
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, 'v', o)
    def __hash__(self): return hash(self.v)
print(Eq(1) == 1, 1 == Eq(1), Eq(1) in [1, 2], [Eq(1)].count(1), [1, 2].index(Eq(2)), (1, 2).count(Eq(1)))
print(len({Eq(1), 1}), {1: "a"}.get(Eq(1)), Eq(3) in {3}, Eq(3) in {3: 0})
class Left:
    def __lt__(self, o): return "Left.lt"
class Right(Left):
    def __gt__(self, o): return "Right.gt"
print(Left() < Right(), Right() > Left(), Left() > Right())
class NeOnly:
    def __eq__(self, o): return NotImplemented
x = NeOnly()
print(x == x, x != x, x == NeOnly(), x != NeOnly())
