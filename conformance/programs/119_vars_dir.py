# Covers: vars() and __dict__ of instances, dir() of a simple user class/instance (sorted, including inherited dunders), vars() errors.

class Base:
    base_attr = 1
    def base_method(self):
        pass

class Simple(Base):
    cls_attr = "c"
    def __init__(self):
        self.x = 1
        self.y = [2]
    def method(self):
        return self.x

s = Simple()
print(vars(s), s.__dict__ is vars(s))
s.z = 3
print(vars(s))
print([n for n in dir(s) if not n.startswith("__")])
print(dir(Simple) == sorted(dir(Simple)), "x" in dir(s), "x" in dir(Simple))
print(dir(Simple))
print(sorted(k for k in vars(Simple) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
