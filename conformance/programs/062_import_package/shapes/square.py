# Module imported by 062_import_package/main.py.
from shapes.base import Shape

print("loading", __name__)


def area(side):
    return side * side


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return area(self.s)
