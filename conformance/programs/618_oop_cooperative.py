# Covers: cooperative __init__ with **kwargs through a diamond, class decorators, __getattribute__ via super(), object.__setattr__ on classes, __hash__ inheritance.
class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
        super().__init__(**kw) if kw else super().__init__()
class Loud(Base):
    def __init__(self, volume=1, **kw):
        print("Loud", volume); self.volume = volume
        super().__init__(**kw)
class Colored(Base):
    def __init__(self, color="red", **kw):
        print("Colored", color); self.color = color
        super().__init__(**kw)
class Thing(Loud, Colored):
    def __init__(self, name, **kw):
        print("Thing", name); self.name = name
        super().__init__(**kw)
t = Thing("x", volume=5, color="blue")
print(vars(t), [c.__name__ for c in Thing.__mro__])
try: Thing("y", bogus=1)
except TypeError as e: print(e)
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
@add_repr
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(Pt(1, 2), REG)
class GA:
    def __init__(self): self.x = 1
    def __getattribute__(self, name):
        if name == 'x': return super().__getattribute__(name) * 100
        return super().__getattribute__(name)
print(GA().x, GA().__class__.__name__)
try: object.__setattr__(int, 'x', 1)
except TypeError as e: print(e)
try: object.__setattr__(GA, 'x', 1)
except TypeError as e: print(e)
class W:
    pass
Dyn = type('Dyn', (W,), {'attr': property(lambda self: 'dyn prop'), '__repr__': lambda self: 'Dyn!'})
print(Dyn().attr, Dyn(), Dyn.__bases__)
class Desc:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
T = type('T', (), {'d': Desc()})
class Mixin:
    def greet(self): return f"hi from {self.name}"
class Person:
    def __init__(self, name): self.name = name
class Greeter(Mixin, Person): pass
print(Greeter("ann").greet(), Greeter.__mro__[1].__name__)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B+" + super().who()
class C(A):
    def who(self): return "C+" + super().who()
class D(B, C):
    def who(self): return "D+" + super().who()
print(D().who(), super(C, D()).who(), B.who(D()))
class Sized:
    def __init__(self, n): self._n = n
    def __len__(self): return self._n
print(bool(Sized(0)), bool(Sized(2)), "yes" if Sized(0) else "no")
class Empty: pass
print(bool(Empty()))
class X:
    def __eq__(self, other): return True
class Y(X):
    __hash__ = X.__hash__
try: print(hash(Y()))
except TypeError as e: print(e)
class Z(X):
    def __hash__(self): return 1
print(hash(Z()))
class P1:
    def __hash__(self): return 7
class P2(P1):
    def __eq__(self, o): return False
try: print(hash(P2()))
except TypeError as e: print(e)
print(P2.__hash__, P1().__hash__())
