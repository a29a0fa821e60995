# Covers: globals() and locals() basics: reading, writing globals() dict, locals() snapshot inside functions, names in module scope.

x = 10
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print(globals()["x"], "f" in globals(), globals() is globals(), "__name__" in globals(), globals()["__name__"])
globals()["created_dynamically"] = "hello"
print(created_dynamically)
def g():
    y = 1
    loc = locals()
    loc["y"] = 99
    return y, loc["y"]
print(g())
print(locals() is globals())
user_names = sorted(n for n in globals() if not n.startswith("__"))
print(user_names)
def counter():
    globals()["calls"] = globals().get("calls", 0) + 1
counter(); counter(); counter()
print(calls)
class K:
    a = 1
    b = sorted(locals())
print(K.b)
