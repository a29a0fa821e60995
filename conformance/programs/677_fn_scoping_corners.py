# Covers: scoping corners: global del, nonlocal in a class body, class scopes skipped by methods,
# super()/__class__ in nested functions, except-variable deletion, free variables deleted.
global gx
gx = 1
def delg():
    global gx
    del gx
delg()
try:
    print(gx)
except NameError as e:
    print(e)
def f():
    x = 1
    class C:
        nonlocal x
        x = 2
        y = x
    return x, C.y
print(f())
def g():
    v = 'func'
    class C:
        v = 'class'
        def m(self):
            return v
        lam = lambda self: v
        comp = [v for _ in range(1)]
    return C().m(), C().lam(), C.comp
print(g())
class Base:
    def who(self): return 'base'
class Child(Base):
    def who(self):
        def inner():
            return super(Child, self).who()
        return 'child+' + inner() + '+' + (lambda: __class__.__name__)()
print(Child().who())
def h():
    def inner():
        return __class__
    return inner
try:
    h()()
except NameError as e:
    print(type(e).__name__, e)
x = 'global x'
def shadow_params(x=x):
    def inner():
        return x
    x = 'rebound'
    return inner()
print(shadow_params())
def loop_closures():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    j = 0
    while j < 3:
        fs.append(lambda: j)
        j += 1
    return [f() for f in fs]
print(loop_closures())
def exc_var():
    e = 'before'
    try:
        1/0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return str(err)
print(exc_var())
def exc_closure():
    try:
        raise ValueError('v')
    except ValueError as err:
        f = lambda: err
    try:
        return f()
    except NameError as e2:
        return str(e2)
print(exc_closure())
def star_targets():
    a, *b = 'xyz'
    [c, d] = 1, 2
    (e, (f, g)) = 1, (2, 3)
    for i, (j, *k) in [(1, (2, 3, 4))]:
        pass
    return a, b, c, d, e, f, g, i, j, k
print(star_targets())
def aug_nonlocal():
    n = [0]
    def inc():
        n[0] += 1
    inc(); inc()
    return n
print(aug_nonlocal())
import builtins
def use_builtin():
    len = lambda x: 'shadowed'
    return len([1]), builtins.len([1])
print(use_builtin())
def local_del():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(local_del())
def free_del():
    a = 1
    def r():
        return a
    del a
    try:
        return r()
    except NameError as e:
        return str(e)
print(free_del())
