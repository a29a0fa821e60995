# Covers: metaclass __prepare__ namespaces that are not exact dicts (dict subclasses with overridden __setitem__/__getitem__/__delitem__, plain mapping classes): class-body name loads, stores and deletes go through them.
class NoDupDict(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith('__'):
            raise TypeError(f"duplicate definition of {k!r}")
        print("  set", k)
        super().__setitem__(k, v)
class NoDupMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDupDict()
    def __new__(mcls, name, bases, ns):
        print("ns type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=NoDupMeta):
    x = 1
    def f(self): pass
try:
    class B(metaclass=NoDupMeta):
        y = 1
        y = 2
except TypeError as e: print(e)
class LogDict(dict):
    def __getitem__(self, k):
        print("  get", k)
        return super().__getitem__(k)
class LogMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases): return LogDict()
class C(metaclass=LogMeta):
    a = 1
    b = a + 1
print(C.b)
from collections import OrderedDict
class OM(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw): return OrderedDict()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith('__')]
        return cls
class D(metaclass=OM):
    z = 1
    a = 2
    def m(self): pass
print(D.order)
class Mapping:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __getitem__(self, k): return self.d[k]
class MM(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Mapping()
    def __new__(mcls, name, bases, ns): return super().__new__(mcls, name, bases, ns.d)
class E(metaclass=MM):
    q = 5
print(E.q)
class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases): return []
try:
    class F(metaclass=Bad): pass
except TypeError as e: print(e)
class Rec(dict):
    def __init__(self): super().__init__(); self.log = []
    def __setitem__(self, k, v): self.log.append(('set', k)); super().__setitem__(k, v)
    def __delitem__(self, k): self.log.append(('del', k)); super().__delitem__(k)
class RM(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Rec()
    def __new__(mcls, name, bases, ns):
        print(name, ns.log)
        return super().__new__(mcls, name, bases, ns)
class G(metaclass=RM):
    a: int = 1
    b: str
    tmp = 5
    del tmp
    def meth(self): return __class__
print(G.__annotations__, G().meth() is G)
try:
    class H(metaclass=RM):
        del nothere
except NameError as e: print(e)
