# Covers: data/non-data descriptors, __set_name__ (and its RuntimeError wrapping), descriptors with only __set__ or __delete__.
class Typed:
    def __init__(self, t): self.t = t
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, v):
        if not isinstance(v, self.t):
            raise TypeError(f"{self.name} must be {self.t.__name__}, got {type(v).__name__}")
        obj.__dict__[self.name] = v
    def __delete__(self, obj):
        print("del", self.name); obj.__dict__.pop(self.name)
class P:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, n, a): self.name = n; self.age = a
p = P("ann", 3)
print(p.name, p.age)
try: p.age = "x"
except TypeError as e: print(e)
del p.age
print(p.age)
print(type(P.name).__name__)
class NonData:
    def __get__(self, obj, t): return "nondata"
class Q:
    a = NonData()
q = Q(); print(q.a); q.a = 5; print(q.a); print(Q.a)
class Data:
    def __get__(self, obj, t): return "data"
    def __set__(self, obj, v): print("set", v)
class R:
    a = Data()
r = R(); r.__dict__['a'] = 'inst'; print(r.a); r.a = 1
class OnlySet:
    def __set__(self, o, v): print("onlyset", v)
class S: a = OnlySet()
s = S(); print(type(s.a).__name__); s.a = 3
class OnlyDel:
    def __delete__(self, o): print("onlydel")
class T: a = OnlyDel()
t = T()
try: t.a = 4
except AttributeError as e: print(e)
del t.a
class U:
    def meth(self): pass
print(U.meth.__get__(None, U) is U.meth, U.__dict__['meth'].__get__(U(), U).__name__)
class Err:
    def __set_name__(self, o, n): raise ValueError("nope")
try:
    class V: e = Err()
except Exception as e: print(type(e).__name__, e, e.__cause__ is None)
class W: pass
d = Typed(int)
W.late = d
print(hasattr(d, 'name'))
class Counter:
    count = 0
    def __get__(self, obj, t=None):
        Counter.count += 1; return Counter.count
class X: c = Counter()
print(X.c, X().c, X.c)
import types
class Meth:
    def __init__(self, f): self.f = f
    def __get__(self, obj, t=None):
        if obj is None: return self
        return types.MethodType(self.f, obj)
class Y:
    @Meth
    def hello(self, x): return f"hello {x} from {type(self).__name__}"
print(Y().hello(3))
