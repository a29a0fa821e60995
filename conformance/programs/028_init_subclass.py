# Covers: __init_subclass__ with keyword arguments, plugin registries, __set_name__ descriptors, class creation order.

class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
        print("registered", cls.plugin_name)

class Alpha(Plugin):
    pass

class Beta(Plugin, name="the-beta"):
    pass

class Gamma(Beta):
    pass

print(Plugin.plugins, Gamma.plugin_name)

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Field:
    def __set_name__(self, owner, name):
        print(f"__set_name__ {owner.__name__}.{name}")
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

class Model:
    a = Field()
    b = Field()

m = Model()
m.a = 5
print(m.a, m.b, type(Model.a).__name__)

class Base:
    subclasses = []
    def __init_subclass__(cls):
        Base.subclasses.append(cls.__name__)
class S1(Base): pass
class S2(S1): pass
print(Base.subclasses, [c.__name__ for c in Base.__subclasses__()])
