# Covers: metaclasses: __new__/__init__/__prepare__/__call__, keyword arguments, conflicts, metaclass properties and dunders, __init_subclass__.
class Registry(type):
    plugins = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.plugins[name.lower()] = cls
        print("Registry.__new__", name, sorted(k for k in ns if not k.startswith('__')), kw)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get('tag', 'none')
class Plugin(metaclass=Registry):
    def run(self): return f"{type(self).__name__} running"
class Alpha(Plugin, tag='a'):
    def run(self): return "alpha!"
class Beta(Plugin): pass
print(sorted(Registry.plugins), Alpha.tag, Beta.tag, type(Alpha).__name__)
for k in sorted(Registry.plugins): print(k, Registry.plugins[k]().run())
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {'injected': 42}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
class O(metaclass=Ordered, flag=True):
    a = 1
print(O.injected, O.a)
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 5
try:
    class X(metaclass=BadPrep): pass
except TypeError as e: print(e)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e: print(e)
class M3(M1): pass
class D(A, metaclass=M3): pass
print(type(D).__name__)
class E(D): pass
print(type(E).__name__)
def func_meta(name, bases, ns):
    print("func_meta", name)
    return type(name, bases, ns)
class F(metaclass=func_meta):
    x = 1
print(F.x, type(F).__name__)
class Counted(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        cls.count = getattr(cls, 'count', 0) + 1
        return inst
class G(metaclass=Counted):
    def __init__(self, v): self.v = v
G(1); G(2); print(G.count)
class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=SingletonMeta):
    def __init__(self): self.data = {}
print(Config() is Config())
class Attrs(type):
    def __getattr__(cls, name): return f"meta attr {name}"
    def __len__(cls): return 99
    def __iter__(cls): return iter([1,2,3])
    def __getitem__(cls, k): return k * 2
    def __repr__(cls): return f"<Attrs class {cls.__name__}>"
    def __contains__(cls, x): return x == 'yes'
class H(metaclass=Attrs): pass
print(H.foo, len(H), list(H), H[4], repr(H), 'yes' in H, str(H))
class Val(type):
    def __new__(mcls, name, bases, ns):
        for k, v in ns.items():
            if k.startswith('test') and not callable(v):
                raise TypeError(f"{name}.{k} must be callable")
        return super().__new__(mcls, name, bases, ns)
try:
    class T(metaclass=Val):
        test_x = 5
except TypeError as e: print(e)
class InitSub:
    subclasses = []
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix
        InitSub.subclasses.append(cls.__name__)
class IS1(InitSub, prefix="one"): pass
class IS2(IS1): pass
print(InitSub.subclasses, IS1.prefix, IS2.prefix)
try:
    class IS3(InitSub, bogus=1): pass
except TypeError as e: print(e)
try:
    class P(bogus=1): pass
except TypeError as e: print(e)
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
print(type.__name__, type(H).__mro__)
class WithSlots(type):
    def meth(cls): return "meta method " + cls.__name__
class K(metaclass=WithSlots): pass
print(K.meth())
try: K().meth()
except AttributeError as e: print(e)
class MetaProp(type):
    @property
    def upper(cls): return cls.__name__.upper()
class L(metaclass=MetaProp): pass
print(L.upper)
print(isinstance(L, MetaProp), issubclass(MetaProp, type))
NewCls = MetaProp('NewCls', (L,), {'z': 1})
print(NewCls.upper, NewCls.z, type(NewCls).__name__)

class Validated:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, t=None):
        if obj is None: return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, v):
        print("set", type(obj).__name__, v); setattr(obj, self.name, v)
    def __delete__(self, obj): print("delete on", obj.__name__ if isinstance(obj, type) else obj)
class Meta(type):
    version = Validated()
    @property
    def info(cls): return f"info:{cls.__name__}"
    @info.setter
    def info(cls, v): print("info setter", v)
class K(metaclass=Meta):
    version = "class-level"
print(K.version, K().version)
K.version = 2
print(K.version, K.__dict__['version'], Meta.__dict__['version'].name)
del K.version
K.info = 5
try: del K.info
except AttributeError as e: print(e)
class OnlyGet:
    def __get__(self, obj, t=None): return "meta-nondata"
class M2(type):
    attr = OnlyGet()
class K2(metaclass=M2): pass
print(K2.attr)
K2.attr = "own"
print(K2.attr, M2.attr)
class K3(metaclass=M2):
    attr = "class dict wins over non-data meta"
print(K3.attr)
