# Covers: abc.ABC / ABCMeta with abstractmethod and abstract properties, instantiation errors, concrete subclasses, register() virtual subclasses, isinstance checks.
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"

class Half(Shape):
    def area(self):
        return 0

for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe(), isinstance(Square(1), Shape), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)

class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...
    @classmethod
    @abstractmethod
    def create(cls): ...

class Impl(Plugin):
    def run(self):
        return "running"
    @classmethod
    def create(cls):
        return cls()
print(Impl.create().run(), type(Plugin).__name__)

class Duck:
    def quack(self):
        return "quack"
class Quacker(ABC):
    pass
Quacker.register(Duck)
print(isinstance(Duck(), Quacker), issubclass(Duck, Quacker), Quacker in Duck.__mro__)

class Base(ABC):
    @abstractmethod
    def step(self):
        return "base step"
class Child(Base):
    def step(self):
        return "child+" + super().step()
print(Child().step())
try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)
