# Covers: a shapes hierarchy: ABC with __init_subclass__ registry, total_ordering, properties, hashing.
import math
from abc import ABC, abstractmethod
from functools import total_ordering

@total_ordering
class Shape(ABC):
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry.append(cls.__name__)
    @abstractmethod
    def area(self): ...
    @property
    def name(self): return type(self).__name__.lower()
    def __eq__(self, other):
        if not isinstance(other, Shape): return NotImplemented
        return math.isclose(self.area(), other.area())
    def __lt__(self, other):
        if not isinstance(other, Shape): return NotImplemented
        return self.area() < other.area()
    def __hash__(self): return hash(round(self.area(), 6))
    def __str__(self): return f"{self.name} with area {self.area():.3f}"

class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    def __repr__(self): return f"Circle({self.r})"

class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def __repr__(self): return f"Rect({self.w}, {self.h})"

class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
    def __repr__(self): return f"Square({self.w})"

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        self.sides = (a, b, c)
    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
    def __repr__(self): return "Triangle" + repr(self.sides)

shapes = [Circle(1), Rect(2, 3), Square(2), Triangle(3, 4, 5), Rect(4, 1)]
for s in sorted(shapes): print(s)
print(Shape.registry)
print(max(shapes), min(shapes, key=lambda s: s.name))
print(Square(2) == Rect(1, 4), Square(2) <= Rect(1, 4), Circle(1) > Square(1), Rect(1,1) >= Square(2))
print(len({Square(2), Rect(4, 1), Rect(2, 2)}))
print([s.name for s in shapes if isinstance(s, Rect)])
try: Triangle(1, 1, 5)
except ValueError as e: print(e)
try: Shape()
except TypeError as e: print(e)
try: Circle(1) < 5
except TypeError as e: print(e)
print(Circle(2) == "circle", sum(s.area() for s in shapes) > 20)
by_type = {}
for s in shapes: by_type.setdefault(type(s).__name__, []).append(s)
print(by_type)
print(Square.__mro__)
print(Square.area is Rect.area, Square.__dict__.keys())
