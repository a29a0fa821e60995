# Covers: what a class statement puts in the class namespace: __slots__ members (validated, private
# names mangled, sorted), the __dict__/__weakref__ descriptors (only where a base lacks them),
# __doc__/__hash__ order; member_descriptor behaviour; object.__getstate__ and dir().

def show(cls):
    print(cls.__name__, list(cls.__dict__))

class A:
    """doc"""
    x = 1
class B:
    x = 1
class D(B):
    pass
class E(Exception):
    pass
class L(list):
    pass
class S(set):
    pass
class T(tuple):
    __slots__ = ()
class Eq:
    def __eq__(self, other):
        return True
for c in [A, B, D, E, L, S, T, Eq]:
    show(c)
print(type(A.__dict__["__dict__"]).__name__, A.__dict__["__dict__"], A.__dict__["__weakref__"], A().__weakref__)
print("__dict__" in object.__dict__, "__dict__" in dir(object()), "__weakref__" in dir(A), "__dict__" in dir(1))

class P:
    __slots__ = ("b", "a", "__secret", "__dunder__")
show(P)
p = P()
p._P__secret = 3
print(p._P__secret, P.a, type(P.a).__name__, P.a.__name__, P.a.__objclass__.__name__, P.a.__qualname__)
for f in [lambda: p.a, lambda: P.a.__get__(1), lambda: P.a.__set__(1, 2)]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
P.a.__set__(p, 5)
print(P.a.__get__(p), P.a.__get__(None, P) is P.a)
del p.a
for f in [lambda: p.a, lambda: delattr(p, "a")]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)

for slots in [("a", 1), "a b", ("1a",), ("__dict__", "__dict__"), ("__weakref__",), ["x"], {"q": 1}, iter(["r"]), ("b", "a", "__dict__")]:
    try:
        class C:
            __slots__ = slots
        print(list(C.__dict__))
    except TypeError as e:
        print("TypeError:", e)
for body in ["class C(B): __slots__ = ('__dict__',)", "class C(B): __slots__ = ('__weakref__',)",
             "class C(tuple): __slots__ = ('a',)", "class C:\n __slots__ = ('x',)\n x = 1"]:
    try:
        exec(body)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class G:
    def __init__(self):
        self.x = 1
class Sl:
    __slots__ = ("a", "__b", "c")
    def __init__(self):
        self.a = 1
        self._Sl__b = 2
class SD:
    __slots__ = ("a", "__dict__")
g = G()
print(g.__getstate__(), g.__getstate__() is g.__dict__, B().__getstate__())
print(Sl().__getstate__(), Sl.__dict__["__slotnames__"])
sd = SD()
sd.a = 1
sd.z = 2
print(sd.__getstate__())
print((1).__getstate__(), [].__getstate__(), "x".__getstate__())
class Custom:
    def __getstate__(self):
        return "custom"
print(Custom().__getstate__(), object.__getstate__(Custom()))
class BadNames:
    __slotnames__ = 5
try:
    BadNames().__getstate__()
except TypeError as e:
    print("TypeError:", e)

a = A()
a.q = 1
del a.__dict__
print(a.__dict__)
try:
    a.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    A().__weakref__ = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(set(dir(a)) - set(dir(object()))))
print([n for n in dir(G()) if n.startswith("__g")], "x" in dir(g))
