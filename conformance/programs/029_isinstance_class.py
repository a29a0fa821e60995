# Covers: __class__, type(), isinstance/issubclass with tuples, bool is an int, type hierarchy of builtins.

class A: pass
class B(A): pass
class C: pass

b = B()
print(type(b) is B, b.__class__ is B, type(b).__name__, b.__class__.__name__)
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, int)))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, B), issubclass(B, B))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance("s", (list, tuple, str)))
print(isinstance(None, type(None)), type(None).__name__)
print(type(1), type("s"), type([]), type(()), type({}), type(set()), type(1.5), type(None), type(True))
print(type(A), type(type), type(int))
print(isinstance(A, type), isinstance(int, type), issubclass(type, object), isinstance(object, type))
print(int.__mro__, bool.__mro__)
print(issubclass(int, object), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)))
print(isinstance(b, object), isinstance(3, object))
print(isinstance([], (int, (str, (list,)))))
try:
    isinstance(b, "A")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
b.__class__ = C
print(type(b).__name__, isinstance(b, A))

class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta).__name__, isinstance(WithMeta, Meta), isinstance(WithMeta, type))
print(A.__name__, A.__module__, A.__qualname__, A.__bases__, B.__bases__)
