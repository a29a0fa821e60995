# Covers: super() in various forms (zero-arg, two-arg, in classmethods, in properties), object() basics, object.__new__/__init__, __init__ chains.

class Base:
    def __init__(self):
        self.trail = ["Base"]
    def greet(self):
        return "Base.greet"
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
    @property
    def label(self):
        return "base-label"

class Mid(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Mid")
    def greet(self):
        return "Mid>" + super().greet()
    @classmethod
    def create(cls):
        return "Mid>" + super().create()
    @property
    def label(self):
        return "mid+" + super().label

class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.trail.append("Leaf")
    def greet(self):
        return "Leaf>" + super().greet()
    def skip(self):
        return super(Mid, self).greet()

l = Leaf()
print(l.trail, l.greet(), Leaf.create(), l.label, l.skip())
o = object()
print(type(o).__name__, isinstance(o, object), object.__name__, o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)

class WithNew:
    def __new__(cls, *args):
        print("__new__ called with", args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("__init__ called with", v)
        self.v = v
w = WithNew(7)
print(w.created, w.v)

class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotInit())
class Sub(list):
    def append(self, x):
        super().append(x * 2)
s = Sub([1])
s.append(5)
print(s, type(s).__name__, isinstance(s, list))
def outside():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
outside()
