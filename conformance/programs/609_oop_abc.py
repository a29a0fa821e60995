# Covers: abc.ABC/abstractmethod (with property/classmethod/staticmethod), register, __subclasshook__, collections.abc checks and mixins.
from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} area={self.area():.2f}"
try: Shape()
except TypeError as e: print(e)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
class Sq(Half):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
print(Sq(3).describe(), isinstance(Sq(1), Shape))
print(sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class WithProp(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
try: WithProp()
except TypeError as e: print(e)
class Impl(WithProp):
    name = "impl"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(): return 1
print(Impl.make().name)
class Iface(metaclass=ABCMeta):
    @abstractmethod
    def go(self): pass
class Reg: 
    def go(self): return "reg"
Iface.register(Reg)
print(isinstance(Reg(), Iface), issubclass(Reg, Iface))
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any('quack' in B.__dict__ for B in C.__mro__): return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), issubclass(int, Hook))
from collections.abc import Iterable, Sized, Container, Hashable, Callable, Mapping, Sequence, Iterator
class MyIt:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(MyIt(), Iterable), isinstance(MyIt(), Iterator), isinstance([], Sized), isinstance({}, Mapping))
print(isinstance((), Sequence), isinstance(len, Callable), isinstance([], Hashable), isinstance(3, Hashable))
class OnlyLen:
    def __len__(self): return 0
print(isinstance(OnlyLen(), Sized), isinstance(OnlyLen(), Container))
from collections.abc import MutableMapping
class DictLike(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
d = DictLike(); d['a'] = 1; d.update(b=2)
print(sorted(d.items()), d.get('z', 0), 'a' in d, len(d), d.pop('a'), dict(d))
try: MutableMapping()
except TypeError as e: print(e)
class E(ABC): pass
print(E(), type(E).__name__) if False else print(type(E).__name__)
class A2(ABC):
    @abstractmethod
    def f(self): pass
A2.f2 = abstractmethod(lambda self: 1)
class B2(A2):
    def f(self): return 'f'
print(B2().f())
print(getattr(A2.f, '__isabstractmethod__', False))
