# Covers: `with`/`async with` on objects missing __enter__/__exit__ (and the lookup order of the
# two), MRO conflict messages (the bases still to merge, in order) and duplicate bases, min()/max()
# consuming items one at a time with item < best / item > best, zip() argument errors, and the
# getattr/setattr/hasattr/delattr name checks.

class OnlyEnter:
    def __enter__(self):
        print("  enter called")
        return self

class OnlyExit:
    def __exit__(self, *a):
        pass

class Noisy:
    def __get__(self, obj, owner):
        print("  binding __enter__")
        return lambda: "entered"

class LazyEnter:
    __enter__ = Noisy()

for m in [1, OnlyEnter(), OnlyExit(), None, LazyEnter()]:
    try:
        with m:
            pass
    except TypeError as e:
        print("TypeError:", e)

class AOnly:
    async def __aenter__(self):
        return self

async def amain():
    for m in [1, AOnly(), OnlyEnter()]:
        try:
            async with m:
                pass
        except TypeError as e:
            print("TypeError:", e)

try:
    amain().send(None)
except StopIteration:
    pass

class X: pass
class Y: pass
class Z: pass
class P(X, Y, Z): pass
class Q(Z, Y, X): pass
for bases in [(P, Q), (P, Q, X), (X, P), (Y, P, X)]:
    try:
        type("R", bases, {})
    except TypeError as e:
        print("TypeError:", e)
for bases in [(X, X), (X, Y, X)]:
    try:
        type("R", bases, {})
    except TypeError as e:
        print("TypeError:", e)

def numbers():
    for v in [3, 1, 2]:
        print("  yield", v)
        yield v

print(max(numbers(), key=lambda v: (print("  key", v), v)[1]))
for f in [lambda: max(1, "a"), lambda: min(1, "a"), lambda: max(["a", 1]), lambda: min(), lambda: min(foo=1),
          lambda: max([1], foo=1), lambda: max(1, 2, default=0), lambda: max(5), lambda: min((), default=None)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

for f in [lambda: zip(1), lambda: zip([1], 1, x=1), lambda: zip(1, strict=1), lambda: zip([1], strict=1, foo=2),
          lambda: list(zip([1, 2], [3], strict=True)), lambda: list(zip([1, 2], [3], strict=0))]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class O:
    pass
o = O()
for f in [lambda: getattr(o, 1), lambda: getattr(o, 1, 2), lambda: setattr(o, 1, 2), lambda: hasattr(o, 1),
          lambda: delattr(o, 1), lambda: object.__getattribute__(o, 1), lambda: type.__getattribute__(O, 1),
          lambda: delattr(o, "missing"), lambda: getattr(O, b"x")]:
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
class Name(str):
    pass
setattr(o, Name("y"), 3)
print(o.y, getattr(o, Name("y")), hasattr(o, Name("y")))
