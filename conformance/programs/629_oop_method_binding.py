# Covers: what binds and what does not: builtins, lambdas, partials, staticmethods, MethodType, callable instances, custom descriptors; staticmethod metadata.
import types, functools
class C:
    blen = len
    lam = lambda self, x: (type(self).__name__, x)
    part = functools.partial(lambda *a: a, 'p')
    @staticmethod
    def sm(x): return x
    smref = sm
    def m(self): return "m"
c = C()
print(c.blen([1,2]), c.lam(3), c.part(1), C.sm(2), c.smref(5), C.__dict__['sm'](7))
def extra(self): return f"extra on {type(self).__name__}"
C.extra = extra
print(c.extra(), C.extra(c))
c.inst_fn = lambda: "inst"
print(c.inst_fn())
c.bound = types.MethodType(extra, c)
print(c.bound(), c.bound.__self__ is c, c.bound.__func__ is extra)
m1, m2 = c.m, c.m
print(m1 == m2, m1 is m2, m1 == C().m, hash(m1) == hash(m2))
print(type(c.m).__name__, type(C.m).__name__, type(C.sm).__name__, type(c.blen).__name__)
class D:
    @classmethod
    def cm(cls): return cls.__name__
class E(D): pass
print(E.cm(), E().cm(), D.cm.__self__, E.cm.__func__ is D.cm.__func__)
print(getattr(E, 'cm')(), [f() for f in (D.cm, E.cm)])
class CallAttr:
    def __init__(self): self.handlers = {'a': self.on_a}
    def on_a(self): return "a handled"
    def dispatch(self, k): return self.handlers[k]()
print(CallAttr().dispatch('a'))
mt = types.MethodType(lambda self, y: (self, y), 10)
print(mt(2), mt.__self__)
class Wrap:
    def __init__(self, f): self.f = f; functools.update_wrapper(self, f)
    def __call__(self, *a): return ("wrapped", self.f(*a))
    def __get__(self, obj, t=None):
        return self if obj is None else types.MethodType(self, obj)
class U:
    @Wrap
    def meth(self, x): return x + 1
print(U().meth(1), U.meth.__name__, type(U.__dict__['meth']).__name__)
class NoDesc:
    def __call__(self, *a): return a
class V:
    nd = NoDesc()
print(V().nd(1), V.nd(2))
print(C.m.__get__(c)(), C.__dict__['m'].__get__(None, C) is C.m)
print(staticmethod(len)("ab"), classmethod(lambda cls: cls).__get__(None, int)())
sm = staticmethod(extra)
print(sm.__func__ is extra, sm.__wrapped__ is extra, sm.__name__ if hasattr(sm, '__name__') else None)
