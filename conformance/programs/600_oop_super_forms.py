# Covers: zero-arg and two-arg super() in methods, classmethods, properties and __init_subclass__; super() errors.
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw))
        super().__init_subclass__()
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
class C(A, tag=1):
    def f(self): return "C>" + super().f()
class D(B, C):
    def f(self): return "D>" + super().f()
    @classmethod
    def c(cls): return "D>" + super(B, cls).c()
print(D().f(), D.c())
print([k.__name__ for k in D.__mro__])
print(super(D, D()).f())
print(super(B, D()).f())
s = super(B, D())
print(type(s).__name__)
print(repr(super(D)) .startswith("<super: <class 'D'>, NULL>"))
try:
    super(B, A())
except TypeError as e: print(type(e).__name__, e)
try:
    super(int, 3.0)
except TypeError as e: print(type(e).__name__, e)
def outside():
    try:
        super()
    except RuntimeError as e: print(type(e).__name__, e)
outside()
class E:
    def m(self):
        def inner():
            return super().__repr__
        try:
            inner()
        except RuntimeError as e: print(type(e).__name__, e)
E().m()
class F:
    def m():
        return super()
try: F.m()
except RuntimeError as e: print(type(e).__name__, e)
class G(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
g = G(a=1)
print(g['a'])
class H(list):
    def append(self, x):
        super().append(x); super().append(x)
h = H(); h.append(3); print(h)
print(super(H, h).__len__())
class P:
    x = 5
    @property
    def p(self): return "P.p"
class Q(P):
    @property
    def p(self): return "Q>" + super().p
    def getx(self): return super().x
print(Q().p, Q().getx())
try:
    class Z(A):
        def f(self):
            return super().nothere
    Z().f()
except AttributeError as e: print(type(e).__name__, e)
