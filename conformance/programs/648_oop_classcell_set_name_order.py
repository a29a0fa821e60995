# Covers: __classcell__ not propagated by a metaclass (RuntimeError), __set_name__ before __init_subclass__, function metaclasses.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns2 = {k: v for k, v in ns.items() if k != '__classcell__'}
        return super().__new__(mcls, name, bases, ns2)
try:
    class X(metaclass=Meta):
        def f(self): return __class__
except Exception as e: print(type(e).__name__, e)
class Meta2(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
class Y(metaclass=Meta2):
    def f(self): return __class__
print(Y().f() is Y)
class Order:
    def __set_name__(self, owner, name): print("set_name", name, hasattr(owner, 'subclass_inited'))
class B:
    def __init_subclass__(cls): print("init_subclass", cls.__name__, [k for k in vars(cls) if not k.startswith('__')]); cls.subclass_inited = True
class C(B):
    d1 = Order()
    d2 = Order()
C.late = Order()
def meta_func(name, bases, ns):
    return 5
class Z(metaclass=meta_func):
    def g(self): return __class__
print(Z)
try:
    class W(metaclass=lambda *a: type(*a)):
        def g(self): return __class__
    print(W().g() is W)
except Exception as e: print(type(e).__name__, e)
