# Covers: property with getter/setter/deleter, validation in setters, read-only properties, property() call form.

class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius

    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__)

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def _get_area(self):
        return self.w * self.h
    def _set_area(self, v):
        ratio = (v / self.area) ** 0.5
        self.w *= ratio
        self.h *= ratio
    area = property(_get_area, _set_area, None, "area of the rectangle")

r = Rect(2, 8)
print(r.area)
r.area = 64
print(r.w, r.h, r.area)
print(Rect.area.__doc__)

class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return self.calls * 10

z = Lazy()
print(z.value, z.value, z.calls)
try:
    del z.value
except AttributeError as e:
    print("AttributeError:", e)
