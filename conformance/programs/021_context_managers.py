# Covers: __enter__/__exit__, exception info passed to __exit__, suppressing exceptions, several items in one with, nesting order.

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r}")
        return self.suppress

with Resource("a") as r:
    print("body got", r)

with Resource("outer") as o, Resource("inner") as i:
    print("body", o, i)

with Resource("sup", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with Resource("nosup"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

try:
    with Resource("x1", suppress=True), Resource("x2"):
        1 / 0
    print("x1 suppressed the error raised inside x2")
except ZeroDivisionError:
    print("not reached")

class Timer:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("start")
        return self
    def __exit__(self, *exc):
        self.log.append("stop")
        return False

with Timer() as t:
    t.log.append("work")
print(t.log)

def f():
    with Resource("in-func"):
        return "returned value"
print(f())

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

with (Resource("p1") as p1,
      Resource("p2") as p2):
    print("parenthesized", p1, p2)

class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with Resource("first"), BadEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
