# Covers: gen.throw() and close() through nested `yield from` (the innermost generator sees the
# exception first), a failing close of the sub-iterator, throw/send on finished generators and
# coroutines, and "can't send non-None value" wording for each generator kind.

def inner():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield "after"
    return "iret"

def mid():
    r = yield from inner()
    print("mid got", r)
    yield "mid-end"

def outer():
    yield from mid()

g = outer()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))
print(next(g, "done"))

def inner2():
    try:
        yield 1
    finally:
        print("inner2 finally")

def mid2():
    try:
        yield from inner2()
    finally:
        print("mid2 finally")

def outer2():
    yield from mid2()

g = outer2()
next(g)
g.close()
print("closed")

def bad_close_inner():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("from close")

def catches():
    try:
        yield from bad_close_inner()
    except KeyError as e:
        print("outer saw", repr(e))
        yield "recovered"

g = catches()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

class Iter:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def throw(self, *args):
        print("Iter.throw got", [type(a).__name__ for a in args])
        raise StopIteration("stopped")

def deleg():
    r = yield from Iter()
    print("deleg result", r)
    yield "end"

g = deleg()
next(g)
print(g.throw(ValueError("v")))

def simple():
    yield 1

g = simple()
list(g)
for f in [lambda: g.throw(ValueError("late")), lambda: g.send(None), lambda: g.send(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e))

async def co():
    return 1

c = co()
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
for f in [lambda: c.throw(ValueError("v")), lambda: c.send(None), lambda: c.close()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

async def ag():
    yield 1

c2 = co()
for f in [lambda: simple().send(1), lambda: c2.send(1), lambda: ag().asend(1).send(None)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
c2.close()
