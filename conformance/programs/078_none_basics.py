# Covers: None: identity, truthiness, repr, functions returning None, comparisons and TypeErrors with None, NoneType.

def nothing():
    pass
def explicit():
    return
print(nothing(), explicit(), nothing() is None, type(None).__name__)
x = None
print(x is None, x == None, x is not None, not x, bool(x), repr(x), str(x), [None, None])
print({None: "key ok"}[None], None in [0, False, None], [0, False, None].index(None))
print(print("inner print") is None)
result = [].sort()
print(result)
d = {"a": 1}
print(d.get("b"), d.get("b") is None)
n = None
for op in [lambda: n + 1, lambda: n < 1, lambda: len(n), lambda: n[0], lambda: n.attr, lambda: list(n), lambda: n()]:
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(type(None)() is None)
print(sorted([3, 1, 2], key=lambda v: None if False else v))
print(None.__class__, None.__bool__(), None.__eq__(None), None.__eq__(0))
print(f"{None}", "%s" % None, "{}".format(None), format(None))
