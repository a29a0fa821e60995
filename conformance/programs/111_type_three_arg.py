# Covers: type() with one argument and the 3-argument form creating classes dynamically, with bases, methods and class attributes.

print(type(1), type("s"), type(type), type(len), type(None).__name__)
Point = type("Point", (), {"x": 0, "y": 0, "__repr__": lambda self: f"Point({self.x}, {self.y})"})
p = Point()
p.x = 3
print(p, Point.__name__, Point.__bases__, type(p) is Point)

def speak(self):
    return f"{self.name} says {self.sound}"

Animal = type("Animal", (), {"sound": "...", "speak": speak, "__init__": lambda self, name: setattr(self, "name", name)})
Dog = type("Dog", (Animal,), {"sound": "woof"})
print(Dog("rex").speak(), Animal("thing").speak(), [c.__name__ for c in Dog.__mro__])
print(isinstance(Dog("x"), Animal), Dog.__qualname__, Dog.__module__)
Empty = type("Empty", (object,), {})
print(Empty, Empty().__class__.__name__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", ())
except TypeError as e:
    print("TypeError:", e)
counter_cls = type("Counter", (), {"count": 0, "inc": classmethod(lambda cls: setattr(cls, "count", cls.count + 1) or cls.count)})
print(counter_cls.inc(), counter_cls.inc())
