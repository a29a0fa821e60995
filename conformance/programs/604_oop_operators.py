# Covers: binary/reflected/in-place operator dunders, NotImplemented fallbacks, int @ int, __index__ in slices, __bool__/__len__ errors, same-class operators returning NotImplemented or failing (ends with an uncaught error raised in __mul__).
class V:
    def __init__(self, *c): self.c = list(c)
    def __repr__(self): return f"V{tuple(self.c)}"
    def __add__(self, o):
        if isinstance(o, V): return V(*[a+b for a,b in zip(self.c,o.c)])
        if isinstance(o, (int,float)): return V(*[a+o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        print("radd"); return self + o
    def __mul__(self, k): return V(*[a*k for a in self.c]) if isinstance(k,(int,float)) else NotImplemented
    __rmul__ = __mul__
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return self
    def __abs__(self): return sum(a*a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __matmul__(self, o): return sum(a*b for a,b in zip(self.c, o.c))
    def __invert__(self): return V(*reversed(self.c))
v = V(1,2); w = V(3,4)
print(v+w, v+1, 1+v, 2*v, v*2, -v, +v, abs(V(3,4)), v@w, ~v)
print(sum([v, w], V(0,0)), sum([v,w]))
print(v == V(1,2), v != V(1,2), v == 3, list(v), v[1], len(v))
try: v + "s"
except TypeError as e: print(e)
try: "s" + v
except TypeError as e: print(e)
try: v - w
except TypeError as e: print(e)
try: v < w
except TypeError as e: print(e)
try: v ** 2
except TypeError as e: print(e)
try: pow(v, 2, 3)
except TypeError as e: print(e)
try: divmod(v, 2)
except TypeError as e: print(e)
try: ~V.__new__(object)
except TypeError as e: print(e)
class A:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; print("iadd"); return self
    def __add__(self, o): print("add"); return A(self.v + o)
class B:
    def __init__(self, v): self.v = v
    def __add__(self, o): print("add"); return B(self.v + o)
a = A(1); a0 = a; a += 2; print(a is a0, a.v)
b = B(1); b0 = b; b += 2; print(b is b0, b.v)
class N:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "fallback add"
n = N(); n += 1; print(n)
class M:
    def __iadd__(self, o): return NotImplemented
m = M()
try: m += 1
except TypeError as e: print(e)
try:
    x = 1; x @= 2
except TypeError as e: print(e)
lst = [1]; lst += (2,3); print(lst)
try: lst + (4,)
except TypeError as e: print(e)
class Sub(int):
    def __radd__(self, o): return "Sub.radd"
    def __add__(self, o): return "Sub.add"
print(1 + Sub(2), Sub(2) + 1)
class F(float):
    def __rsub__(self, o): return "F.rsub"
print(1.0 - F(2), 5 - F(1))
class R:
    def __rpow__(self, o, mod=None): return f"rpow {o}"
    def __rlshift__(self, o): return "rlshift"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rtruediv__(self, o): return "rtruediv"
    def __rdivmod__(self, o): return "rdivmod"
    def __rmatmul__(self, o): return "rmatmul"
    def __rrshift__(self, o): return "rrshift"
r = R()
print(2**r, 1<<r, 1//r, 1%r, 1&r, 1|r, 1^r, 1/r, divmod(1,r), 1@r, 1>>r)
print("%s" % "x", [1] * 2)
try: "%d" % r
except TypeError as e: print(e)
class I:
    def __index__(self): return 3
print([0,1,2,3,4][I()], "abcdef"[I():], bin(I()), [1,2]*I(), range(I()))
class Bo:
    def __bool__(self): return 0
try: bool(Bo())
except TypeError as e: print(e)
class Le:
    def __len__(self): return -1
try: len(Le())
except ValueError as e: print(e)
try: bool(Le())
except ValueError as e: print(e)
class Le2:
    def __len__(self): return "x"
try: len(Le2())
except TypeError as e: print(e)
class Le3:
    def __len__(self): return 2**70
try: len(Le3())
except OverflowError as e: print(e)
print(bool(type('E', (), {'__len__': lambda s: 0})()))

class V2:
    def __init__(self, x): self.x = x
    def __add__(self, o): return NotImplemented
    def __sub__(self, o): return V2(self.x - o.x)
    def __mul__(self, o): raise ValueError("mul fails")
    def __pow__(self, o, m=None): return ("pow", m)
    def __truediv__(self): return 1
print((V2(3) - V2(1)).x, V2(1) ** V2(2))
try: V2(1) + V2(2)
except TypeError as e: print(e)
try: V2(1) / V2(2)
except TypeError as e: print(e)
class L(list):
    def __add__(self, o): return NotImplemented
try: L() + L()
except TypeError as e: print(e)
class G:
    def __add__(self, o): yield 1
print(type(G() + G()).__name__)
class L2(list):
    def __mul__(self, o): return NotImplemented
class T2(tuple):
    def __rmul__(self, o): return NotImplemented
class S2(str): pass
for f in [lambda: L2() * 'x', lambda: S2() + 1, lambda: S2() * 1.5, lambda: L2() + 1]:
    try: f()
    except TypeError as e: print(e)
V2(1) * V2(2)
