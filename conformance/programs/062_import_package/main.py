# Covers: packages: import a.b, from a.b import c, from a import b, __init__ side effects, package __name__ values, absolute imports between package modules (no relative imports).
import shapes.circle
from shapes.square import Square as Sq, area as sq_area
from shapes import circle, VERSION
import shapes

print(shapes.__name__, shapes.circle.__name__, circle is shapes.circle)
print(VERSION, shapes.VERSION)
c = shapes.circle.Circle(2)
print(c, round(c.area(), 4))
print(Sq(3), sq_area(3), Sq(3).area())
print(shapes.describe_all([c, Sq(1)]))
print(shapes.square.Square.__module__)
print(sorted(n for n in vars(shapes) if not n.startswith("__")))
