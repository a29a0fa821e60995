# Covers: __new__/__init__ argument errors of built-in base types (tuple/int/str/list/dict/float/set subclasses), object.__new__ safety check, type.__new__ argument checks, class creation errors (bad bases, final types, metaclass conflicts, __init_subclass__ keywords).
def t(f):
    try: print("ok", f())
    except Exception as e: print(type(e).__name__ + ":", e)
class P(tuple):
    def __init__(self, a, b): self.extra = a + b
t(lambda: P(1, 2))
t(lambda: P([1, 2]))
class MI(int):
    def __init__(self, v, unit): self.unit = unit
t(lambda: MI(5, "m"))
t(lambda: MI("5", 10).unit)
class MS(str):
    def __init__(self, s, tag): self.tag = tag
t(lambda: MS("a", "b"))
t(lambda: MS("a", "utf-8").tag)
class ML(list):
    def __init__(self, a, b): super().__init__([a, b])
t(lambda: ML(1, 2))
class MD(dict):
    def __init__(self, x): super().__init__(x=x)
t(lambda: MD(1))
class MF(float):
    def __init__(self, v, extra=None): pass
t(lambda: MF(1.5, 2))
t(lambda: MF(1.5))
class MSet(set):
    def __init__(self, *a): super().__init__(a)
t(lambda: MSet(1, 2))
class MFS(frozenset):
    def __init__(self, *a): pass
t(lambda: MFS(1, 2))
class NoArgs: pass
t(lambda: NoArgs(1, k=2))
class E(Exception):
    def __init__(self, a, b): super().__init__(a)
t(lambda: repr(E(1, 2)))
t(lambda: int.__new__(MI, 7).__class__.__name__)
t(lambda: tuple.__new__(P, [9]))
t(lambda: str.__new__(int))
t(lambda: int.__new__(str))
t(lambda: list.__new__(ML).__class__.__name__)
t(lambda: object.__new__(ML))
t(lambda: dict.__new__(MD, 1, 2).__class__.__name__)
t(lambda: float.__new__(MF, "2.5"))
t(lambda: complex.__new__(complex, 1, 2))
t(lambda: bool.__new__(bool, 1))
t(lambda: type.__new__(type, "X", (), {}).__name__)
t(lambda: type.__new__(int, "X", (), {}))

def t(src):
    try:
        exec(src, {})
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)
t("class A(5): pass")
t("class A('x'): pass")
t("class A(None): pass")
t("class A(bool): pass")
t("class A(type(None)): pass")
t("class A(type(lambda: 0)): pass")
t("class A(slice): pass")
t("class A(range): pass")

t("class A(type(len)): pass")
t("class A(object, object): pass")
t("class X: pass\nclass A(X()): pass")
t("class X:\n def __init__(self, *a): print('X init', a[0], len(a[1]), a[2])\nclass A(X()): pass\nprint(type(A))")
t("class A(int, float): pass")
t("class A(dict, list): pass")
t("class A(Exception, int): pass")
t("class A(BaseException, dict): pass")
t("class A(metaclass=5): pass")
t("class A(metaclass=int): pass")
t("class M(type):\n def __new__(m, *a): return 42\nclass A(metaclass=M): pass\nprint(A)")
t("class A:\n def __init_subclass__(cls, x): pass\nclass B(A): pass")
t("class A:\n def __init_subclass__(cls): pass\nclass B(A, x=1): pass")
t("class A(x=1): pass")
t("type('A', (), {}, x=1)")
t("type('A', (5,), {})")
t("type('A', (), {'__slots__': 5})")
t("type('A', (), {'__qualname__': 5})")
t("type(5, (), {})")
t("type('A\\0', (), {})")
t("type.__new__(type)")
t("class M(type): pass\nclass N(type): pass\nclass A(metaclass=M): pass\nclass B(A, metaclass=N): pass")
