# Module imported by 062_import_package/main.py.
import math
from shapes import VERSION
from shapes.base import Shape

print("loading", __name__, "package version", VERSION)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2
