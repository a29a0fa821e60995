# Covers: __new__ (singletons, immutables, int/str/tuple subclasses), excess-argument errors of object.__new__/__init__, metaclass __call__ with super(), type() with 3 args.
class Singleton:
    _inst = None
    def __new__(cls, *a, **k):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self, v): print("init", v); self.v = v
a = Singleton(1); b = Singleton(2); print(a is b, a.v)
class Point(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f"Point({self[0]}, {self[1]})"
p = Point(1, 2); print(p, p.x, len(p), p == (1, 2), isinstance(p, tuple))
class Upper(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
u = Upper("hi"); print(u, type(u).__name__, u + "x", u.lower(), repr(u))
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5) + 1, type(Pos(5)).__name__)
try: Pos(-1)
except ValueError as e: print(e)
class Other:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(Other())
class NoInit:
    pass
try: NoInit(1)
except TypeError as e: print(e)
try: NoInit(a=1)
except TypeError as e: print(e)
class OnlyInit:
    def __init__(self): pass
try: OnlyInit(1)
except TypeError as e: print(e)
class OnlyNew:
    def __new__(cls): return super().__new__(cls)
try: OnlyNew(1)
except TypeError as e: print(e)
class BothArgs:
    def __new__(cls, *a): return super().__new__(cls, *a)
    def __init__(self, *a): pass
try: BothArgs(1)
except TypeError as e: print(e)
try: object.__new__(int)
except TypeError as e: print(e)
try: object.__new__(3)
except TypeError as e: print(e)
try: int.__new__(str)
except TypeError as e: print(e)
class InitRet:
    def __init__(self): return 5
try: InitRet()
except TypeError as e: print(e)
class M:
    def method(self, a, b=1): pass
try: M().method()
except TypeError as e: print(e)
try: M().method(1, 2, 3)
except TypeError as e: print(e)
try: M().method(1, c=2)
except TypeError as e: print(e)
try: M.method(1)
except TypeError as e: print(e)
try: M().method(1, a=2)
except TypeError as e: print(e)
class WithInit:
    def __init__(self, x, *, y): pass
try: WithInit()
except TypeError as e: print(e)
try: WithInit(1)
except TypeError as e: print(e)
try: WithInit(1, 2)
except TypeError as e: print(e)
class S:
    @staticmethod
    def s(x): pass
    @classmethod
    def c(cls, x): pass
try: S.s()
except TypeError as e: print(e)
try: S.c()
except TypeError as e: print(e)
try: S().c(1, 2)
except TypeError as e: print(e)
class Imm:
    __slots__ = ('_v',)
    def __new__(cls, v):
        self = object.__new__(cls)
        object.__setattr__(self, '_v', v)
        return self
    def __setattr__(self, k, v): raise TypeError("immutable")
i = Imm(3); print(i._v)
try: i._v = 4
except TypeError as e: print(e)
class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
class Q(metaclass=Meta):
    def __init__(self, v): self.v = v
print(Q(7).v)
print(type(3)(5), type('x')(), type([])((1,2)))
X = type('X', (), {'a': 1, 'f': lambda self: self.a + 1})
print(X().f(), X.__name__, X.__qualname__, X.__module__, X.__bases__)
Y = type('Y', (X,), {})
print(Y().f(), Y.__mro__)
try: type('Z', 3, {})
except TypeError as e: print(e)
try: type('Z', (), [])
except TypeError as e: print(e)
try: type(1, 2)
except TypeError as e: print(e)
try: type()
except TypeError as e: print(e)
