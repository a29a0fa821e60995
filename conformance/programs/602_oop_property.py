# Covers: property getter/setter/deleter, property subclasses overriding __get__, missing-accessor messages (names from __set_name__), classmethod stacked on property, staticmethod/classmethod.
class C:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("neg")
        self._x = v
    @x.deleter
    def x(self):
        print("deleting"); del self._x
c = C()
c.x = 5; print(c.x)
try: c.x = -1
except ValueError as e: print(e)
del c.x
try: c.x
except AttributeError as e: print(type(e).__name__, e)
print(C.x.__doc__, type(C.x).__name__)
class RO:
    @property
    def y(self): return 1
r = RO()
try: r.y = 2
except AttributeError as e: print(e)
try: del r.y
except AttributeError as e: print(e)
class D(C):
    @C.x.getter
    def x(self): return self._x * 10
d = D(); d.x = 3; print(d.x)
class P2(property):
    def __get__(self, obj, t=None):
        if obj is None: return self
        return "P2:" + str(super().__get__(obj, t))
class E:
    @P2
    def z(self): return 42
print(E().z, type(E.z).__name__)
p = property(lambda s: 1, doc="hello")
print(p.__doc__, p.fset, p.fdel is None)
x = property()
class F: a = x
try: F().a
except AttributeError as e: print(e)
try: F().a = 1
except AttributeError as e: print(e)
class G:
    def getv(self): return 7
    v = property(getv)
print(G().v, G.v.fget.__name__)
class H:
    @property
    def bad(self): return self.missing
try: H().bad
except AttributeError as e: print(e)
class I:
    @property
    def boom(self): raise AttributeError("inner")
    def __getattr__(self, n): return "fallback " + n
print(I().boom)
class J:
    __slots__ = ()
    @property
    def q(self): return 'q'
print(J().q)
class K:
    @staticmethod
    def s(a, b=2): return a + b
    @classmethod
    def c(cls, a): return cls.__name__ + str(a)
print(K.s(1), K().s(1, 3), K.c(5), K().c(6))
print(type(K.__dict__['s']).__name__, type(K.__dict__['c']).__name__)
print(K.__dict__['s'].__func__.__name__, K.c.__self__.__name__, K.c.__func__.__qualname__)
sm = staticmethod(len)
print(sm("abc"), callable(sm))
class L:
    @classmethod
    @property
    def cp(cls): return "classprop " + cls.__name__
print(L.cp)
