# Covers: property missing-accessor messages (qualname, __set_name__ names), and name/obj of AttributeErrors from loads vs stores/deletes.
class F:
    a = property()
    class In:
        b = property()
        c = property(lambda s: 1)
try: F().a
except AttributeError as e: print(e)
try: F.In().b
except AttributeError as e: print(e)
try: F.In().c = 3
except AttributeError as e: print(e)
p = property()
try: p.__get__(3)
except AttributeError as e: print(e)
try: p.__set__(3, 4)
except AttributeError as e: print(e)
try: p.__delete__(3)
except AttributeError as e: print(e)
p2 = property(lambda s: 1)
try: p2.__set__(3, 4)
except AttributeError as e: print(e)
def getter(self): return 1
p3 = property(getter)
try: p3.__set__(3, 4)
except AttributeError as e: print(e)
p3.__set_name__(1, 'zz')
try: p3.__set__(3, 4)
except AttributeError as e: print(e)
print(hasattr(p3, '__name__'))
q = p3.setter(None)
try: q.__set__(3, 4)
except AttributeError as e: print(e)
class N:
    __slots__ = ('value',)
try: N().valeu = 1
except AttributeError as e: print(e.name, e.obj is None)
class X: pass
try: del X().valeu
except AttributeError as e: print(e.name, e.obj is None)
try: del X.valeu
except AttributeError as e: print(e.name, e.obj is None)
try: X().valeu
except AttributeError as e: print(e.name, type(e.obj).__name__)
