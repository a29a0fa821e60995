# Covers: function attributes: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__, __annotations__, __module__, custom attributes.

def plain(a, b=2, *, c=3) -> int:
    """Docstring here."""
    return a + b + c

print(plain.__name__)
print(plain.__qualname__)
print(plain.__doc__)
print(plain.__defaults__)
print(plain.__kwdefaults__)
print(plain.__annotations__)
print(plain.__module__)

class Outer:
    def method(self):
        def local():
            pass
        return local
    class Inner:
        def deep(self):
            pass

print(Outer.method.__qualname__)
print(Outer().method().__qualname__)
print(Outer.Inner.deep.__qualname__)
print(Outer.Inner.__qualname__, Outer.Inner.__name__)

def nodoc():
    pass

print(nodoc.__doc__)
nodoc.tag = "custom"
print(nodoc.tag, nodoc.__dict__)

def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated.__annotations__)
print(annotated.__code__.co_varnames, annotated.__code__.co_argcount)
print(callable(plain), type(plain).__name__)
print((lambda: None).__qualname__)
