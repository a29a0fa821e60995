# Covers: special-method lookup on the type, __class__ assignment, name mangling, class-body scopes, __class_getitem__, __instancecheck__/__subclasscheck__, callables, class vs instance attributes.
class A:
    def __len__(self): return 5
a = A()
a.__len__ = lambda: 10
print(len(a), a.__len__())
class B: pass
b = B()
b.__class__ = A
print(type(b).__name__, len(b), isinstance(b, A))
try: b.__class__ = int
except TypeError as e: print(e)
try: (1).__class__ = bool
except TypeError as e: print(e)
class C:
    def who(self): return __class__.__name__
class D(C): pass
print(D().who())
class Mangle:
    __secret = 1
    def __init__(self): self.__x = 2
    def get(self): return self.__secret, self.__x
m = Mangle()
print(m.get(), m._Mangle__x, Mangle._Mangle__secret, sorted(vars(m)))
try: m.__x
except AttributeError as e: print(e)
class Scope:
    x = 10
    y = [x * i for i in range(3)] if False else None
    try:
        z = [x for _ in range(2)]
    except NameError as e:
        err = str(e)
print(Scope.err)
class Scope2:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(Scope2.doubled)
class GI:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item!r}]"
print(GI[int], GI["x"], GI[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
try: int[3]
except TypeError as e: print(e)
try: A()[0]
except TypeError as e: print(e)
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
    def __subclasscheck__(cls, sub): return sub is int
class Any42(metaclass=Meta): pass
print(isinstance(42, Any42), isinstance(41, Any42), issubclass(int, Any42), issubclass(str, Any42))
print(isinstance(42, (str, Any42)), issubclass(bool, (Any42, str)))
class Callable:
    def __init__(self): self.calls = 0
    def __call__(self, *args, **kw):
        self.calls += 1
        return f"called with {args} {sorted(kw.items())}"
c = Callable()
print(c(1, 2, k=3), c(), c.calls, callable(c), callable(A()))
try: A()()
except TypeError as e: print(e)
class StaticSuper:
    @staticmethod
    def f():
        try: return super().f()
        except RuntimeError as e: return str(e)
print(StaticSuper.f())
class Base:
    @classmethod
    def create(cls, *a): return cls(*a)
    def __init__(self, *a): self.a = a
class Der(Base):
    @classmethod
    def create(cls, *a):
        obj = super().create(*a)
        obj.extra = True
        return obj
d = Der.create(1, 2); print(type(d).__name__, d.a, d.extra)
class Counter:
    count = 0
    def inc(self): self.count += 1
c1, c2 = Counter(), Counter()
c1.inc(); c1.inc(); c2.inc()
print(c1.count, c2.count, Counter.count)
Counter.count = 100
print(Counter().count, c1.count)
class ListAttr:
    items = []
    def add(self, x): self.items.append(x)
l1, l2 = ListAttr(), ListAttr(); l1.add(1); l2.add(2)
print(l1.items, ListAttr.items, l1.items is l2.items)
del c1.count
print(c1.count)
try: del c1.count
except AttributeError as e: print(e)
print(getattr(Counter, "inc").__name__, Counter().inc.__func__ is Counter.inc)
bm = c2.inc
print(bm.__self__ is c2, bm == c2.inc, bm.__name__, bm.__qualname__)
f = Counter.__dict__['inc']
print(f.__get__(c2)() is None, c2.count)
print(type(Counter.__dict__), Counter.__dict__.get('count'), 'inc' in Counter.__dict__)
try: Counter.__dict__['x'] = 1
except TypeError as e: print(e)
print(type(object.__subclasshook__(int)))
print(B.__init__ is object.__init__, B.__str__ is object.__str__, B.__eq__ == object.__eq__)
print(A.__len__(A()), int.__add__(1, 2), str.upper("x"), list.__len__([1, 2]))
try: int.__add__("a", 1)
except TypeError as e: print(e)
try: str.upper(5)
except TypeError as e: print(e)
try: A.__len__()
except TypeError as e: print(e)
print('__prepare__' in type.__dict__, type.__prepare__('X', (), kw=1), '__annotations__' in type.__dict__)
class Ann:
    x: int
print(Ann.__annotations__)
class NoAnn: pass
print(NoAnn.__annotations__, '__annotations__' in NoAnn.__dict__)
NoAnn.__annotations__ = {'a': 1}; print(NoAnn.__annotations__)
del NoAnn.__annotations__
print(NoAnn.__annotations__)
try: int.__annotations__
except AttributeError as e: print(e)
e = ValueError(1); e.__setstate__({'note': 'n'}); print(e.note, e.args)
try: e.__setstate__(5)
except TypeError as ex: print(ex)
