# Covers: class bodies: closures over enclosing functions (LOAD_CLASSDEREF), shadowing, __qualname__/__module__ overrides, __mro_entries__, comprehensions and scoping, annotations, class decorators.
def factory(n):
    k = n * 2
    class Inner:
        val = k
        lst = [k + i for i in range(2)]
        def get(self): return k, n
        k2 = k
    return Inner
I = factory(3)
print(I.val, I.lst, I().get(), I.k2, I.__qualname__)
def shadow():
    x = "enclosing"
    class C:
        print("in body", x)
        x = "class"
        print("after", x)
        def m(self): return x
    return C
print(shadow()().m())
class Q:
    __qualname__ = "Custom.Q"
    __module__ = "mymod"
print(Q, Q.__qualname__, Q.__module__, repr(Q()).startswith("<mymod.Custom.Q object"))
class Base:
    """Base doc."""
class Der(Base): pass
print(Der.__doc__, Base.__doc__)
import collections.abc
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), collections.abc.Hashable), isinstance(Base(), collections.abc.Hashable))
class WithMroEntries:
    def __mro_entries__(self, bases): return (Base,)
class UsesIt(WithMroEntries()): pass
print(UsesIt.__bases__, UsesIt.__orig_bases__[0].__class__.__name__)
print(type.__prepare__('X', ()), type(type.__prepare__()).__name__)
def deco(cls): return 42
@deco
class Gone: pass
print(Gone)
class Ctr:
    count = 0
    def __init__(self):
        Ctr.count += 1
        self.id = Ctr.count
print([Ctr().id for _ in range(3)], Ctr.count)
class Cls:
    items = [1, 2, 3]
    total = sum(items)
    doubled = list(map(lambda v: v * 2, items))
    names = {n: len(n) for n in ['a', 'bb']}
print(Cls.total, Cls.doubled, Cls.names)
try:
    class Bad:
        y = 1
        z = [y for _ in range(2)]
except NameError as e: print(e)
class Attrs:
    a = b = 0
    c, d = 1, 2
    [e, f] = "xy"
    g: int
    h: str = "h"
    del c
print(sorted(k for k in vars(Attrs) if not k.startswith('__')), Attrs.__annotations__)
class Nested:
    class A:
        class B:
            def where(self): return type(self).__qualname__
print(Nested.A.B().where(), Nested.A.B.where.__qualname__)
i = 10
class UsesGlobal:
    j = i + 1
    i = 5
    k = i
print(UsesGlobal.j, UsesGlobal.k)
