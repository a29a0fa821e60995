# Covers: function attributes without inspect: __name__, __qualname__, __defaults__,
# __kwdefaults__, __code__ fields, __closure__ cells, __annotations__, __dict__, method objects,
# sys._getframe() / frame objects, types.FunctionType and assigning __code__.
import sys
import types

def sample(a, b=2, /, c=3, *args, d, e=5, **kw) -> str:
    "Sample docstring."
    local = a + b
    def inner():
        return local + c
    return inner

co = sample.__code__
print(sample.__name__, sample.__qualname__, sample.__defaults__, sample.__kwdefaults__, sample.__doc__)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_name, co.co_firstlineno)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), sample.__annotations__)
inner = sample(1, d=4)
print(inner.__qualname__, inner.__code__.co_freevars, [c.cell_contents for c in inner.__closure__], inner())

def annotated(x: int, y: "str" = "a") -> bool:
    pass

print(annotated.__annotations__, annotated.__module__)
sample.tag = "custom"
print(sample.tag, sample.__dict__)

class Shape:
    def area(self):
        return 0
    class Inner:
        def deep(self):
            pass
    @staticmethod
    def util():
        pass
    @classmethod
    def make(cls):
        return cls()

s = Shape()
print(Shape.area.__qualname__, Shape.Inner.deep.__qualname__, Shape.util.__qualname__, Shape.make.__qualname__)
print(s.area.__name__, s.area.__func__ is Shape.area, s.area.__self__ is s, type(s.area).__name__)
print(type(Shape.__dict__["util"]).__name__, type(Shape.__dict__["make"]).__name__, Shape.make.__self__.__name__)
print((lambda x, /, y=1, *, z: 0).__code__.co_varnames, (lambda: 0).__name__)

def whoami():
    frame = sys._getframe()
    caller = sys._getframe(1)
    return frame.f_code.co_name, frame.f_lineno, caller.f_code.co_name, sorted(frame.f_locals)

print(whoami())
def outer_fn():
    secret = 7
    return whoami()
print(outer_fn())
try:
    sys._getframe(500)
except ValueError as e:
    print(type(e).__name__, e)

clone = types.FunctionType(sample.__code__, globals(), "clone", (10, 20))
print(clone.__name__, clone.__qualname__, clone.__defaults__, clone(1, d=0)())
def square(x):
    return x * x
def cube(x):
    return x * x * x
square.__code__ = cube.__code__
print(square(3), square.__name__)
try:
    square.__code__ = inner.__code__
except ValueError as e:
    print(type(e).__name__, e)
print(callable(sample), callable(3), isinstance(sample, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(type(sys._getframe()) is types.FrameType)
