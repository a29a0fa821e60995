# Covers: contextlib.contextmanager generators (exceptions thrown in at the yield, suppression,
# generators that yield twice or never), ExitStack, suppress, context managers as decorators.
import contextlib
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
with contextlib.suppress(ZeroDivisionError):
    1/0
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body")
@tag("deco")
def decorated():
    print("in decorated")
decorated()
class Res:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return False
with Res() as r, tag("nested"):
    print("both")
@contextlib.contextmanager
def gen_stop():
    try:
        yield
    except StopIteration:
        print("saw StopIteration")
        raise
try:
    with gen_stop():
        raise StopIteration("inner")
except StopIteration as e:
    print("outer got", repr(e))
