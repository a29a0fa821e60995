# Covers: abc.ABC / ABCMeta, abstractmethod on methods, properties, classmethods and staticmethods,
# "Can't instantiate abstract class X with abstract method(s) ..." (3.11 wording, sorted names),
# partial implementations, __abstractmethods__, register() for virtual subclasses (isinstance /
# issubclass without inheritance), __subclasshook__, get_cache_token, update_abstractmethods.
import abc
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


class Half(Shape):
    def area(self):
        return 1.0


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return "square"


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), sorted(Shape.__abstractmethods__), Square.__abstractmethods__, type(Shape).__name__)


class Base(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...

    @abstractmethod
    def run(self):
        print("base run")


try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Impl(Base):
    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 2

    def run(self):
        super().run()
        print("impl run")


Impl.create().run()
print(Impl.version(), getattr(Base.run, "__isabstractmethod__", False), getattr(Impl.run, "__isabstractmethod__", False))


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Legacy:
    def draw(self):
        return "legacy draw"


token = abc.get_cache_token()
Drawable.register(Legacy)
print(isinstance(Legacy(), Drawable), issubclass(Legacy, Drawable), Drawable in Legacy.__mro__, abc.get_cache_token() != token)
print(Drawable.register(int) is int, isinstance(3, Drawable), issubclass(bool, Drawable), isinstance("s", Drawable))


@Drawable.register
class Sprite:
    pass


print(issubclass(Sprite, Drawable), Sprite.__name__)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized), issubclass(str, Sized))


class Lazy(ABC):
    @abstractmethod
    def go(self):
        ...


class Later(Lazy):
    pass


Later.go = lambda self: "patched"
abc.update_abstractmethods(Later)
print(Later().go(), Later.__abstractmethods__)
try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(5, Drawable)
except TypeError as e:
    print("TypeError:", e)
