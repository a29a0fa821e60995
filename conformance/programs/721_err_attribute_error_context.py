# Covers: PyObject_GetAttr attaching name/obj to an AttributeError raised by __getattr__ or a
# property (so the traceback suggests a close name), getattr(), and AttributeError/NameError
# keyword arguments name= and obj=.
class A:
    def __init__(self):
        self.value = 1
    def __getattr__(self, name):
        raise AttributeError(f"custom: {name}")
a = A()
try:
    a.valu
except AttributeError as e:
    print(e, e.name, e.obj is a)
try:
    getattr(a, "vlue")
except AttributeError as e:
    print(e, e.name)
class B:
    @property
    def p(self):
        raise AttributeError("inner")
try:
    B().p
except AttributeError as e:
    print(e, e.name)
e2 = AttributeError("preset", name="zzz", obj=5)
print(e2.name, e2.obj, repr(e2))
for make in (lambda: AttributeError(foo=1), lambda: NameError(obj=1), lambda: NameError("x", name="q")):
    try:
        r = make()
        print(repr(r), r.name)
    except TypeError as te:
        print("TypeError:", te)
a.vallue
