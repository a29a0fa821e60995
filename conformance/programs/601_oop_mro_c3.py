# Covers: C3 linearisation, MRO conflicts, duplicate/invalid bases, issubclass/isinstance with tuples, X | Y unions and typing.Union/Optional.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print(Z.mro() == list(Z.__mro__))
try:
    class Bad(A, O, B): pass
    print([c.__name__ for c in Bad.__mro__])
    class Bad2(O, A): pass
except TypeError as e: print(type(e).__name__, e)
try:
    class X(A, A): pass
except TypeError as e: print(type(e).__name__, e)
class X1: pass
class Y1(X1): pass
try:
    class W(X1, Y1): pass
except TypeError as e: print(type(e).__name__, e)
try:
    class Q(int, str): pass
except TypeError as e: print(type(e).__name__, e)
try:
    class R(bool): pass
except TypeError as e: print(type(e).__name__, e)
try:
    class S(3): pass
except TypeError as e: print(type(e).__name__, e)
print(A.__bases__, Z.__bases__[0].__name__, object.__bases__, O.__base__)
print(type.__mro__, bool.__mro__)
class M(type): pass
print(M.__mro__)
print(issubclass(Z, O), issubclass(Z, (int, A)), issubclass(bool, int))
try: issubclass(3, int)
except TypeError as e: print(type(e).__name__, e)
try: issubclass(int, 3)
except TypeError as e: print(type(e).__name__, e)
try: isinstance(3, 3)
except TypeError as e: print(type(e).__name__, e)
print(isinstance(3, (str, (int, float))))
print(A.__subclasses__())
print(sorted(c.__name__ for c in O.__subclasses__()))

def t(f):
    try: print("ok", f())
    except Exception as e: print(type(e).__name__ + ":", e)
t(lambda: isinstance(1, int | str))
t(lambda: isinstance("a", int | str | None))
t(lambda: isinstance(None, int | None))
t(lambda: issubclass(bool, int | str))
t(lambda: isinstance([], list[int]))
t(lambda: issubclass(list, list[int]))
t(lambda: int | str)
t(lambda: (int | str) == (str | int))
t(lambda: (int | str).__args__)
t(lambda: type(int | str).__name__)
t(lambda: int | 3)
t(lambda: list[int] | None)
class A: pass
class B: pass
t(lambda: A | B)
t(lambda: isinstance(A(), A | B))
t(lambda: isinstance(A(), (B, (A,))))
t(lambda: isinstance(A(), ()))
t(lambda: issubclass(A, ()))
from typing import Union, Optional, List
t(lambda: isinstance(1, Union[int, str]))
t(lambda: isinstance(1, Optional[int]))
t(lambda: isinstance([], List))
t(lambda: isinstance([], List[int]))
t(lambda: Union[int, str])
t(lambda: Optional[A])
class Meta(type):
    def __instancecheck__(cls, x): return True
class Anything(metaclass=Meta): pass
t(lambda: isinstance(5, Anything | B))
t(lambda: isinstance(5, (Anything, B)))
t(lambda: issubclass(int, Anything))
