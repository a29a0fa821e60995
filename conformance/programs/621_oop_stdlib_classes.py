# Covers: copy/deepcopy of instances, cached_property, singledispatchmethod, wraps on methods, namedtuple/NamedTuple subclasses, UserList/UserDict, __missing__.
import copy, functools, operator
from collections import namedtuple, UserList, UserDict, OrderedDict, defaultdict
from typing import NamedTuple
class P:
    def __init__(self, x, items): self.x, self.items = x, items
    def __repr__(self): return f"P({self.x}, {self.items})"
p = P(1, [1, 2])
c = copy.copy(p); d = copy.deepcopy(p)
p.items.append(3)
print(c, d, c.items is p.items, d.items is p.items, type(c).__name__)
class WithCopy:
    def __init__(self, v): self.v = v
    def __copy__(self): print("__copy__"); return WithCopy(self.v)
    def __deepcopy__(self, memo): print("__deepcopy__"); return WithCopy(copy.deepcopy(self.v, memo))
copy.copy(WithCopy(1)); copy.deepcopy(WithCopy([1]))
class Sl:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
s2 = copy.deepcopy(Sl()); print(s2.a, s2.b)
class Cached:
    def __init__(self): self.calls = 0
    @functools.cached_property
    def expensive(self):
        self.calls += 1
        return 42
cc = Cached(); print(cc.expensive, cc.expensive, cc.calls, 'expensive' in vars(cc))
class Disp:
    @functools.singledispatchmethod
    def handle(self, arg): return f"default {arg!r}"
    @handle.register
    def _(self, arg: int): return f"int {arg}"
    @handle.register(str)
    def _(self, arg): return f"str {arg}"
print(Disp().handle(1), Disp().handle("s"), Disp().handle(1.5))
def logged(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        print("calling", f.__name__)
        return f(*a, **k)
    return wrapper
class Svc:
    @logged
    def run(self, x):
        "Run it."
        return x * 2
print(Svc().run(3), Svc.run.__name__, Svc.run.__doc__, Svc.run.__qualname__, Svc.run.__wrapped__.__qualname__)
Point = namedtuple('Point', 'x y')
class Point3(Point):
    __slots__ = ()
    @property
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self): return f"<{self.x},{self.y}>"
pt = Point3(3, 4)
print(pt, repr(pt), pt.norm, pt._replace(x=0), pt._asdict(), Point3._fields, pt == (3, 4))
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    def badge(self): return f"{self.name}@{self.dept}"
e = Emp("ann")
print(e, e.badge(), Emp._field_defaults, e._replace(dept="ops"), isinstance(e, tuple))
try: e.name = "x"
except AttributeError as ex: print(ex)
class Stack(UserList):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
st = Stack([1]); st.push(2); print(st, st.peek(), len(st), st + [3], type(st + [3]).__name__, st.data)
class LowerDict(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
ld = LowerDict(); ld['ABC'] = 1; ld.update({'XyZ': 2}); print(ld, 'abc' in ld, dict(ld))
class Counter(dict):
    def __missing__(self, k): return 0
ct = Counter(); ct['a'] += 1; ct['a'] += 1; print(ct, ct['zzz'], ct.get('zzz'))
class DD(defaultdict):
    def __repr__(self): return "DD" + repr(dict(self))
dd = DD(list); dd['k'].append(1); print(dd)
people = [Emp("bob", "ops"), Emp("amy", "eng"), Emp("cy", "eng")]
print(sorted(people, key=operator.attrgetter('dept', 'name')))
print(list(map(operator.methodcaller('badge'), people)))
print(max(people, key=lambda e: e.name).name, min(people).name)
class OD(OrderedDict):
    def last(self): return next(reversed(self))
od = OD(a=1, b=2); od.move_to_end('a'); print(od, od.last())
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Cmp({self.v})"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(3), Cmp(5)), min([Cmp(9), Cmp(4)]))
try: sorted([Cmp(1), 2])
except (TypeError, AttributeError) as ex: print(type(ex).__name__, ex)
print(functools.reduce(lambda a, b: a if a.v > b.v else b, [Cmp(2), Cmp(7), Cmp(1)]))

from functools import cached_property, total_ordering, partialmethod, lru_cache
def t(f):
    try: print("ok", f())
    except Exception as e: print(type(e).__name__ + ":", e)
class S:
    __slots__ = ('x',)
    @cached_property
    def p(self): return 1
t(lambda: S().p)
def twice():
    cp = cached_property(lambda self: 1)
    class T:
        a = cp
        b = cp
t(twice)
class U:
    @cached_property
    def val(self):
        print("computing"); return 42
u = U()
t(lambda: (u.val, u.val, U.val.__class__.__name__, U.val.attrname))
del u.val
t(lambda: u.val)
u.val = 7
t(lambda: u.val)
class NoSetName: pass
cp = cached_property(lambda self: 1)
NoSetName.late = cp
t(lambda: NoSetName().late)
def only_eq():
    @total_ordering
    class OnlyEq:
        def __eq__(self, o): return True
t(only_eq)
class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c.alive); c.set_dead(); print(c.alive)
class Fib:
    @lru_cache(maxsize=None)
    def fib(self, n): return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)
print(Fib().fib(30), Fib.fib.cache_info().hits > 0)
class Cls:
    @classmethod
    @lru_cache
    def build(cls, n): return f"{cls.__name__}-{n}"
print(Cls.build(1), Cls.build(1))

import copy
class S:
    def __init__(self, a): self.a = a; self.cache = {'x': 1}
    def __getstate__(self):
        print("getstate"); st = self.__dict__.copy(); del st['cache']; return st
    def __setstate__(self, st):
        print("setstate", sorted(st)); self.__dict__.update(st); self.cache = {}
s2 = copy.copy(S([1])); print(s2.a, s2.cache)
s3 = copy.deepcopy(S([1])); print(s3.a, s3.cache)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): print("reduce"); return (R, (self.v * 2,))
print(copy.copy(R(1)).v, copy.deepcopy(R(2)).v)
class N:
    def __new__(cls, v):
        print("N.__new__", v); o = super().__new__(cls); return o
    def __init__(self, v): print("N.__init__"); self.v = v
try: copy.copy(N(5))
except TypeError as e: print(e)
class GNA(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    def __getnewargs__(self): return tuple(self)
print(copy.copy(GNA(1, 2)), copy.deepcopy(GNA(3, 4)), type(copy.copy(GNA(1, 2))).__name__)
class SL:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
c = copy.deepcopy(SL()); print(c.a, hasattr(c, 'b'))
class Both:
    __slots__ = ('x', '__dict__')
    def __init__(self): self.x = 1; self.y = 2
b2 = copy.copy(Both()); print(b2.x, b2.y)
