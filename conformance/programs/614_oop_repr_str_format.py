# Covers: __repr__/__str__/__format__ and their errors, recursive reprs, subclasses of int/str/float, __qualname__/__name__ of nested and renamed classes.
class Money:
    def __init__(self, amt, cur="USD"): self.amt, self.cur = amt, cur
    def __repr__(self): return f"Money({self.amt!r}, {self.cur!r})"
    def __str__(self): return f"{self.amt:.2f} {self.cur}"
    def __format__(self, spec):
        if spec == "short": return f"{self.amt:.0f}{self.cur[0]}"
        if not spec: return str(self)
        return format(self.amt, spec)
m = Money(12.5)
print(m, repr(m), str(m), f"{m}", f"{m!r}", f"{m:short}", f"{m:>10.1f}", "{:short}".format(m), format(m))
print([m], (m,), {m.cur: m}, {1: [m]})
print("%s and %r" % (m, m))
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
o = OnlyRepr(); print(o, str(o), f"{o}", [o], format(o, ""))
try: format(o, "x")
except TypeError as e: print(e)
try: f"{o:>5}"
except TypeError as e: print(e)
class OnlyStr:
    def __str__(self): return "only str"
print(OnlyStr(), f"{OnlyStr()}", str([OnlyStr()]).startswith("[<__main__.OnlyStr object at"))
class BadRepr:
    def __repr__(self): return 5
try: repr(BadRepr())
except TypeError as e: print(e)
class BadStr:
    def __str__(self): return None
try: str(BadStr())
except TypeError as e: print(e)
try: print(BadStr())
except TypeError as e: print(e)
class BadFmt:
    def __format__(self, spec): return 1
try: format(BadFmt())
except TypeError as e: print(e)
try: f"{BadFmt()}"
except TypeError as e: print(e)
class ReprStrSub:
    def __repr__(self):
        class S(str): pass
        return S("sub-repr")
print(repr(ReprStrSub()))
class Rec:
    def __init__(self): self.children = []
    def __repr__(self): return f"Rec({self.children})"
r = Rec(); r.children.append(r)
try: print(r)
except RecursionError as e: print("RecursionError")
l = [1]; l.append(l); print(l)
d = {}; d['self'] = d; print(d)
class IntLike(int):
    def __repr__(self): return f"IntLike({int(self)})"
print(IntLike(5), str(IntLike(5)), f"{IntLike(5)}", f"{IntLike(5):03d}", [IntLike(2)], "%d" % IntLike(7))
class StrLike(str):
    def __str__(self): return "custom str"
s = StrLike("raw")
print(s, str(s), f"{s}", "%s" % s, s + "!", repr(s), format(s))
class FloatLike(float):
    def __str__(self): return "F!"
    def __format__(self, spec): return "FMT:" + spec
print(FloatLike(1.5), f"{FloatLike(1.5):.2f}", repr(FloatLike(1.5)))
class Color:
    RED = 1
    def __init_subclass__(cls): pass
print(Color.__qualname__, Color.__name__, Color.__module__)
class Outer:
    class Inner:
        class Deep: pass
    def method(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer().method().__qualname__)
print(Outer.method.__qualname__, repr(Outer.Inner).replace(' ', '_'))
print(Outer.Inner.Deep.__name__, str(Outer.Inner.Deep))
def fn():
    class InFn:
        def m(self): pass
    return InFn
print(fn().__qualname__, fn().m.__qualname__)
print(repr(int), repr(type), str(object), repr(Exception))
C = type('C', (), {})
print(C, C.__qualname__)
Outer.Inner.__qualname__ = "Renamed"
print(Outer.Inner)
Outer.Inner.__name__ = "NewName"
print(Outer.Inner.__name__, Outer.Inner)
class WithDoc:
    """Doc string here."""
print(WithDoc.__doc__, WithDoc().__doc__)
class NoDoc: pass
print(NoDoc.__doc__)
