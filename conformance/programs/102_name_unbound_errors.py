# Covers: NameError and UnboundLocalError messages (local referenced before assignment, free variable, global not defined, del'd names).

def show(fn):
    try:
        fn()
    except NameError as e:
        print(f"{type(e).__name__}: {e}")

def uses_undefined():
    return not_defined_anywhere

def unbound_local():
    print(counter)
    counter = 1

counter = 10

def unbound_after_del():
    x = 1
    del x
    return x

def free_var_unbound():
    def inner():
        return y
    r = inner
    try:
        r()
    except NameError as e:
        print(f"{type(e).__name__}: {e}")
    y = 2

def conditional(flag):
    if flag:
        value = "set"
    return value

show(uses_undefined)
show(unbound_local)
show(unbound_after_del)
free_var_unbound()
show(lambda: conditional(False))
print(conditional(True))
show(lambda: exec("print(zzz_undefined)"))
print(issubclass(UnboundLocalError, NameError))
try:
    len_ = lenn([1])
except NameError as e:
    print("NameError:", e)
class C:
    attr = 1
    def method(self):
        return attr
try:
    C().method()
except NameError as e:
    print("NameError:", e)
