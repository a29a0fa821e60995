# Covers: multiple inheritance, C3 linearisation, __mro__, cooperative super() with **kwargs, diamond.

class A:
    def __init__(self, **kw):
        print("A init", kw)
        super().__init__()
    def who(self):
        return ["A"]

class B(A):
    def __init__(self, b=None, **kw):
        print("B init b=", b)
        super().__init__(**kw)
    def who(self):
        return ["B"] + super().who()

class C(A):
    def __init__(self, c=None, **kw):
        print("C init c=", c)
        super().__init__(**kw)
    def who(self):
        return ["C"] + super().who()

class D(B, C):
    def __init__(self, **kw):
        print("D init")
        super().__init__(**kw)
    def who(self):
        return ["D"] + super().who()

d = D(b=1, c=2)
print(d.who())
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))

class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])

class Left:
    def hello(self):
        return "left"
class Right:
    def hello(self):
        return "right"
    def only_right(self):
        return "only right"
class Both(Left, Right): pass
class Both2(Right, Left): pass
print(Both().hello(), Both2().hello(), Both().only_right())

class Mixin:
    def describe(self):
        return f"<{type(self).__name__} {self.data()}>"
class Data:
    def data(self):
        return 42
class Thing(Mixin, Data): pass
print(Thing().describe())
print(super(B, d).who())
