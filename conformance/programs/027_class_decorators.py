# Covers: class decorators adding methods/attributes, registries, decorators returning a different class, auto __repr__.

registry = {}

def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls

def auto_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def with_id(prefix):
    def deco(cls):
        counter = [0]
        orig_init = cls.__init__
        def __init__(self, *a, **k):
            counter[0] += 1
            self.id = f"{prefix}-{counter[0]}"
            orig_init(self, *a, **k)
        cls.__init__ = __init__
        return cls
    return deco

@register
@auto_repr
@with_id("usr")
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age

@register
@auto_repr
class Item:
    def __init__(self, title):
        self.title = title

print(User("ann", 31))
print(User("bob", 42))
print(Item("lamp"))
print(sorted(registry))
print(registry["user"]("cy", 7))

def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, v):
        self.v = v

c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v, type(Config).__name__)

def add_compare(cls):
    cls.__eq__ = lambda s, o: s.key() == o.key()
    cls.__lt__ = lambda s, o: s.key() < o.key()
    return cls

@add_compare
class Card:
    order = "23456789TJQKA"
    def __init__(self, r): self.r = r
    def key(self): return self.order.index(self.r)
    def __repr__(self): return self.r
print(sorted([Card(r) for r in "KA2T9"]))
