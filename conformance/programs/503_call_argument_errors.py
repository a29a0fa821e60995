# Covers: how call errors name the callable (module-qualified, CPython's _PyObject_FunctionStr) for
# f(*x)/f(**m) errors, duplicate keywords, non-string keys, non-mapping and non-iterable
# arguments, the order CALL_FUNCTION_EX checks them in, and class methods naming their class.

def f(*a, **kw):
    return a, kw

class A:
    def m(self, **kw):
        pass
    @staticmethod
    def s(**kw):
        pass
    @classmethod
    def c(cls, **kw):
        pass

class M:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        if k == "b":
            raise KeyError("zz")
        return 1

class NoKeys:
    def keys(self):
        raise AttributeError("inner")

class D(dict):
    def keys(self):
        return ["ignored"]

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

for fn in [f, A().m, A.m, A.s, A.c, print, len, dict, A, [].append, lambda **k: 0, max, str.join]:
    name = getattr(fn, "__qualname__", "?")
    attempt(name + " dup", lambda: fn(**{"x": 1}, **{"x": 2}))
    if fn not in (A, max):  # these check their arguments before the keyword names
        attempt(name + " nonstr", lambda: fn(**{1: 2}))
    attempt(name + " map", lambda: fn(**[1]))
    attempt(name + " iter", lambda: fn(*1))

attempt("Value after *", lambda: f(0, *1))
attempt("list display", lambda: [*1])
attempt("tuple display", lambda: (*1,))
attempt("set display", lambda: {*1})
attempt("dict display", lambda: {**1})
attempt("* and ** both bad", lambda: f(*1, **[1]))
attempt("int keys dup", lambda: f(**{1: 1}, **{1: 2}))
attempt("merge nonstr", lambda: f(**{"a": 1}, **{1: 2}))
attempt("mapping KeyError", lambda: f(**M()))
attempt("merged mapping KeyError", lambda: f(**{"q": 1}, **M()))
attempt("keys AttributeError", lambda: f(**NoKeys()))
attempt("display keys AttributeError", lambda: {**NoKeys()})
attempt("dict subclass", lambda: f(**D(x=1)))
attempt("dict subclass merged", lambda: f(**{"x": 1}, **D(x=2)))
attempt("keyword and **", lambda: f(x=1, **{"x": 2}))
five = 5
attempt("not callable", lambda: five(**{1: 2}))

class Base:
    pass
try:
    class Bad(Base, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
class LL(list):
    pass
for fn in [lambda: LL().append(x=1), lambda: LL().copy(1), lambda: object.__init_subclass__(x=1),
           lambda: LL.__init_subclass__(x=1), lambda: LL().__init_subclass__(1)]:
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
