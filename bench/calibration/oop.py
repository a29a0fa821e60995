# Calibration: inheritance, super(), properties, dunder methods and isinstance.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def __lt__(self, other):
        return self.area() < other.area()

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__('rect')
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

    @property
    def side(self):
        return self.w

class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

shapes = [Square(i % 13) if i % 2 else Rect(i % 7, i % 5) for i in range(60000)]
total = 0
for s in shapes:
    if isinstance(s, Square):
        total += s.side
    total += s.area()
biggest = max(shapes)
v = Vec(0, 0)
for i in range(200000):
    v = v + Vec(1, 2)
print(total, biggest.area(), v.x, v.y, v == Vec(200000, 400000))
