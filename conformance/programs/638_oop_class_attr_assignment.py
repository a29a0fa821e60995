# Covers: assigning/deleting special attributes of classes (__name__, __mro__, __doc__, __module__…) and metaclass property setters.
class C: pass
for n in ['__mro__', '__base__', '__dict__', '__bases__', '__name__', '__qualname__', '__doc__', '__module__', '__abstractmethods__']:
    try:
        setattr(C, n, 5); print(n, "ok", getattr(C, n))
    except Exception as e: print(n, type(e).__name__, e)
for n in ['__mro__', '__name__', '__doc__', '__module__', '__abstractmethods__', 'x']:
    try:
        delattr(C, n); print(n, "ok")
    except Exception as e: print(n, type(e).__name__, e)
class M(type):
    @property
    def p(cls): return "p of " + cls.__name__
    @p.setter
    def p(cls, v): print("set p", cls.__name__, v)
class D(metaclass=M): pass
print(D.p); D.p = 3
try: del D.p
except AttributeError as e: print(e)
try: D().p
except AttributeError as e: print(e)
try: int.x = 3
except TypeError as e: print(e)
try: del int.real
except TypeError as e: print(e)
