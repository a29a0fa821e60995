# Covers: __enter__/__exit__ with suppression, errors in __exit__, contextlib helpers.
class Res:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self): print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with Res("a") as r: print("body", r.name)
with Res("b", True): raise ValueError("swallowed")
print("after b")
try:
    with Res("c"): raise KeyError("k")
except KeyError as e: print("caught", repr(e))
with Res("d") as d1, Res("e", True) as e1:
    1/0
print("after de")
def f():
    with Res("f"):
        return "ret"
print(f())
for i in range(3):
    with Res(f"loop{i}", True):
        if i == 1: continue
        if i == 2: break
        print("in loop", i)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit(): pass
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter(): pass
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("in exit")
try:
    with ExitRaises(): raise ValueError("orig")
except RuntimeError as e: print(e, repr(e.__context__))
from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing
@contextmanager
def tag(n):
    print(f"<{n}>")
    try:
        yield n
    finally:
        print(f"</{n}>")
with tag("p") as t: print("content", t)
with suppress(ZeroDivisionError): 1/0
print("suppressed")
with ExitStack() as st:
    for i in range(3): st.enter_context(tag(f"s{i}"))
    st.callback(print, "callback")
with nullcontext(5) as n: print(n)
class Cl:
    def close(self): print("closed")
with closing(Cl()): pass
@contextmanager
def handler():
    try: yield
    except ValueError as e: print("handled", e)
with handler(): raise ValueError("x")
class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a): return "yes"
with Truthy(): raise TypeError
print("truthy suppressed")
