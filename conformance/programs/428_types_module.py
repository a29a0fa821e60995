# Covers: types.SimpleNamespace (repr, equality, attribute ops, nested and recursive repr,
# subclass repr), the types module's names for the runtime's own type objects (FunctionType,
# LambdaType, GeneratorType, MethodType, BuiltinFunctionType, ModuleType, MappingProxyType,
# NoneType, ...), MappingProxyType views, new_class / prepare_class.
import types
import math
from types import SimpleNamespace

ns = SimpleNamespace(name="Ann", age=30)
ns.city = "Oslo"
print(ns, ns.name, vars(ns), ns == SimpleNamespace(name="Ann", age=30, city="Oslo"), ns != SimpleNamespace())
del ns.age
print(ns, repr(SimpleNamespace()), SimpleNamespace(a=SimpleNamespace(b=1)))
ns.self = ns
print(ns)


class Config(SimpleNamespace):
    pass


print(Config(debug=True), type(ns).__name__, types.SimpleNamespace.__module__)
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)


def f():
    pass


def g():
    yield 1


class C:
    def m(self):
        pass


print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType, isinstance(g(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(math, types.ModuleType))
print(types.NoneType is type(None), type(...) is types.EllipsisType, types.FunctionType.__name__, types.ModuleType.__name__)
print(types.GeneratorType.__name__, types.MethodType.__name__, types.BuiltinFunctionType.__name__, types.CodeType.__name__)
mp = types.MappingProxyType({"a": 1, "b": 2})
print(mp["a"], len(mp), "b" in mp, list(mp), list(mp.items()), mp.get("z", 0), mp)
try:
    mp["c"] = 3
except TypeError as e:
    print("TypeError:", e)
print(type(C.__dict__) is types.MappingProxyType, "m" in C.__dict__)
Dyn = types.new_class("Dyn", (C,), exec_body=lambda ns: ns.update({"x": 5}))
print(Dyn.__name__, Dyn.x, issubclass(Dyn, C), types.prepare_class("P")[0] is type)
mod = types.ModuleType("mymod")
mod.value = 3
print(mod.__name__, mod.value, type(mod) is types.ModuleType)
