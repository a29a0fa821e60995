# Covers: __getattr__ (only for missing attrs), __getattribute__, __setattr__, __delattr__, getattr/setattr interplay.

class Defaults:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return f"generated {name}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

d = Defaults()
print(d.real, d.x_foo)
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "missing", "fallback"), hasattr(d, "x_y"), hasattr(d, "nope"))

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

l = Logged()
l.a = 1
l.b = l.a + 1
del l.a
try:
    l.a
except AttributeError as e:
    print("AttributeError:", e)
print(l.log)

class Frozen:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}: object is frozen")
try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*a, **k):
                print(f"  proxy call {name}{a}")
                return attr(*a, **k)
            return wrapped
        return attr

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1))

class Validated:
    def __setattr__(self, name, value):
        if name == "age" and not isinstance(value, int):
            raise TypeError(f"age must be int, not {type(value).__name__}")
        super().__setattr__(name, value)
v = Validated()
v.age = 30
try:
    v.age = "thirty"
except TypeError as e:
    print("TypeError:", e)
print(v.age, vars(v))
setattr(v, "name", "Val")
print(v.name, getattr(v, "name"))
delattr(v, "name")
print(hasattr(v, "name"))
