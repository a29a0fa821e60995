# Covers: monkeypatching classes and instances between calls (method/attribute caches), special methods added or removed after instances exist, __getattr__ not used for implicit special-method lookup, metaclass __getattribute__ through super().
class Base:
    def greet(self): return "base"
class Sub(Base):
    def greet(self): return "sub"
s = Sub()
out = []
for i in range(6):
    if i == 2: Sub.greet = lambda self: "patched sub"
    if i == 3: del Sub.greet
    if i == 4: Base.greet = lambda self: "patched base"
    if i == 5: s.greet = lambda: "instance"
    out.append(s.greet())
print(out)
class Counter:
    def __init__(self): self.n = 0
c = Counter()
vals = []
for i in range(4):
    if i == 2: Counter.n = property(lambda self: 100)
    vals.append(c.n)
print(vals)
class A:
    x = 1
a = A()
xs = []
for i in range(5):
    if i == 1: a.x = 2
    if i == 2: del a.x
    if i == 3: A.x = 3
    if i == 4: A.x = property(lambda self: "prop")
    xs.append(a.x)
print(xs)
class Proxy:
    def __init__(self, t): self._t = t
    def __getattr__(self, n): return getattr(self._t, n)
p = Proxy([1, 2, 3])
print(p.count(1), p.__len__())
try: len(p)
except TypeError as e: print(e)
try: p[0]
except TypeError as e: print(e)
try: iter(p)
except TypeError as e: print(e)
class Spy:
    def __getattribute__(self, n):
        print("getattribute", n)
        return object.__getattribute__(self, n)
sp = Spy()
sp.__class__; sp.__dict__; print(type(sp).__name__, len([sp]))
class M(type):
    def __getattribute__(cls, n):
        if n == 'magic': return 42
        return super().__getattribute__(n)
class K(metaclass=M): pass
print(K.magic, K.__name__)
try: K().magic
except AttributeError as e: print(e)
def make_class(name, **methods):
    return type(name, (), methods)
Dog = make_class("Dog", speak=lambda self: "woof", legs=4)
print(Dog().speak(), Dog.legs, Dog.__name__)
class Late: pass
l = Late()
Late.__len__ = lambda self: 7
Late.__iter__ = lambda self: iter("ab")
Late.__getitem__ = lambda self, k: k * 2
Late.__call__ = lambda self, *a: a
Late.__eq__ = lambda self, o: True
Late.__hash__ = lambda self: 1
Late.__add__ = lambda self, o: "added"
Late.__bool__ = lambda self: False
Late.__repr__ = lambda self: "Late!"
Late.__contains__ = lambda self, x: x == 'q'
print(len(l), list(l), l[3], l(1, 2), l == 5, hash(l), l + 1, bool(l), repr(l), 'q' in l, [l])
del Late.__len__
try: len(l)
except TypeError as e: print(e)
Late.__bool__ = None
try: bool(l)
except TypeError as e: print(e)
del Late.__bool__
print(bool(l))
setattr(Late, 'dyn', 42); print(l.dyn, getattr(Late, 'dyn'), hasattr(l, 'dyn'))
delattr(Late, 'dyn'); print(hasattr(l, 'dyn'))
