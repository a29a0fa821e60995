# Covers: __getattr__/__getattribute__/__setattr__/__delattr__, __slots__, vars(), dir(), __dict__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_t', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(('get', name))
        return getattr(self._t, name)
    def __setattr__(self, name, v):
        self.log.append(('set', name))
        setattr(self._t, name, v)
    def __delattr__(self, name):
        self.log.append(('del', name))
        delattr(self._t, name)
class T: pass
t = T(); p = Proxy(t)
p.x = 1; print(p.x, t.x); del p.x
print(hasattr(t, 'x'), p.log)
try: p.y
except AttributeError as e: print(e)
class GA:
    def __getattribute__(self, name):
        if name.startswith('secret'): raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return f"<missing {name}>"
g = GA(); g.secret = 1; g.val = 2
print(g.val, g.secret, g.other)
class Rec:
    def __getattr__(self, name):
        if name == 'boom': raise KeyError(name)
        raise AttributeError(f"custom {name}")
try: Rec().boom
except KeyError as e: print("KeyError", e)
try: Rec().z
except AttributeError as e: print(e)
print(getattr(Rec(), 'z', 'dflt'), hasattr(Rec(), 'z'))
class Frozen:
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        object.__setattr__(self, 'a', a); object.__setattr__(self, 'b', b)
    def __setattr__(self, k, v): raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(1, 2); print(f.a, f.b)
try: f.a = 3
except AttributeError as e: print(e)
try: f.c = 3
except AttributeError as e: print(e)
class Sl:
    __slots__ = ('x',)
s = Sl()
try: s.x
except AttributeError as e: print(e)
try: s.y = 1
except AttributeError as e: print(e)
try: del s.x
except AttributeError as e: print(e)
s.x = 5; print(s.x); del s.x
print(hasattr(s, '__dict__'), Sl.__slots__, type(Sl.x).__name__)
class Sl2(Sl): pass
s2 = Sl2(); s2.y = 3; print(s2.__dict__)
class Sl3(Sl):
    __slots__ = ('z', '__dict__')
s3 = Sl3(); s3.q = 1; s3.z = 2; s3.x = 3; print(s3.__dict__, s3.z, s3.x)
try:
    class Bad:
        __slots__ = ('a',)
        a = 5
except ValueError as e: print(type(e).__name__, e)
try:
    class Bad2: __slots__ = ('a', 'a')
except Exception as e: print(type(e).__name__, e)
try:
    class Bad3: __slots__ = ('1a',)
except Exception as e: print(type(e).__name__, e)
try:
    class Bad4(int): __slots__ = ('a',)
except Exception as e: print(type(e).__name__, e)
class W:
    __slots__ = '__weakref__'
print(W.__slots__)
print(vars(T()), vars(T))
try: vars(s)
except TypeError as e: print(e)
try: vars(3)
except TypeError as e: print(e)
class D:
    x = 1
    def __init__(self): self.y = 2
d = D()
print(sorted(n for n in dir(d) if not n.startswith('__')))
print(d.__dict__, D.__dict__['x'], '__init__' in D.__dict__, type(D.__dict__).__name__)
d.__dict__['z'] = 3; print(d.z)
d.__dict__ = {'w': 4}; print(d.w, hasattr(d, 'y'))
try: d.__dict__ = 5
except TypeError as e: print(e)
try: D.__dict__['x'] = 3
except TypeError as e: print(e)
class Dyn:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(Dyn()))
print(getattr(d, 'w'), getattr(D, 'x'))
try: getattr(d, 5)
except TypeError as e: print(e)
try: setattr(d, 5, 1)
except TypeError as e: print(e)
class AttrErrProp:
    @property
    def p(self): raise AttributeError("from prop")
try: AttrErrProp().p
except AttributeError as e: print(e)

import sys
class A:
    def __init__(self): self.items = [1, 2]
    @property
    def items_prop(self): return self.items
a = A()
a.items_prop.append(3)
print(a.items)
try:
    a.items_prop += [4]
except AttributeError as e: print(e, a.items)
class B:
    data = {}
    def __init__(self): self.counts = {}
b = B()
b.counts['x'] = b.counts.get('x', 0) + 1
b.data.setdefault('k', []).append(1)
print(b.counts, B.data)
class C:
    def __init__(self): self.lst = [[0] * 2 for _ in range(2)]
    def __getitem__(self, ij): i, j = ij; return self.lst[i][j]
    def __setitem__(self, ij, v): i, j = ij; self.lst[i][j] = v
c = C(); c[0, 1] = 5; c[1, 0] += 2; print(c.lst, c[0, 1])
class D:
    def __init__(self): self.x = 0
    def __iadd__(self, o): self.x += o; return self
class Holder:
    def __init__(self): self.d = D(); self.arr = [D()]
h = Holder(); h.d += 3; h.arr[0] += 4; print(h.d.x, h.arr[0].x)
class Counter:
    instances = 0
    def __new__(cls, *a):
        cls.instances += 1
        return super().__new__(cls)
class Sub(Counter): pass
Counter(); Sub(); Sub()
print(Counter.instances, Sub.instances)
print(isinstance(sys.modules[__name__], type(sys)))
class Chain:
    def __init__(self): self.ops = []
    def __getattr__(self, name):
        if name.startswith('__'): raise AttributeError(name)
        def method(*args):
            self.ops.append((name, args))
            return self
        return method
    def __repr__(self): return " -> ".join(f"{n}{a}" for n, a in self.ops)
print(Chain().select('a', 'b').where(1).limit(5))
class Temp:
    def __init__(self, c): self.c = c
    f = property(lambda self: self.c * 9 / 5 + 32, lambda self, v: setattr(self, 'c', (v - 32) * 5 / 9))
t = Temp(100); t.f = 212; print(t.c, t.f)
class Lazy:
    def __getattr__(self, name):
        print("computing", name)
        v = len(name)
        setattr(self, name, v)
        return v
lz = Lazy(); print(lz.hello, lz.hello, vars(lz))
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x, 0): return f"on x at {x}"
        case Point(x=0, y=y): return f"on y at {y}"
        case Point(): return "elsewhere"
        case _: return "not a point"
print([where(p) for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), 5]])

class A:
    x = 1
    def m(self): pass
a = A()
for f in [lambda: delattr(a, 'm'), lambda: delattr(a, 'x'), lambda: delattr(A, '__init__'), lambda: delattr(A, '__dict__'), lambda: delattr(a, '__class__'), lambda: delattr(a, '__dict__'), lambda: setattr(a, '__class__', 5), lambda: setattr(a, '__dict__', [])]:
    try: f(); print("ok")
    except (AttributeError, TypeError) as e: print(type(e).__name__, e)
print(vars(a))

class A: pass
class B: pass
class S:
    __slots__ = ('x',)
class S2:
    __slots__ = ('x',)
class L(list): pass
for target, cls in [(A(), B), (A(), S), (S(), S2), (S(), A), (L(), A), (A(), L), (1, A), ([], L), (A(), int), (A(), object)]:
    try:
        target.__class__ = cls
        print("ok", type(target).__name__)
    except TypeError as e: print(e)
