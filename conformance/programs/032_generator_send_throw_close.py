# Covers: generator send(), throw(), close(), GeneratorExit, send on a just-started generator, running averages.

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except GeneratorExit:
            print("  averager closing, count =", count)
            raise
        total += value
        count += 1
        avg = total / count

a = averager()
print(next(a))
print(a.send(10))
print(a.send(20))
print(a.send(60))
a.close()
try:
    a.send(1)
except StopIteration:
    print("StopIteration after close")

g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)

def resilient():
    while True:
        try:
            x = yield
            print("  got", x)
        except KeyError as e:
            print("  handled KeyError", e)
r = resilient()
next(r)
r.send("one")
r.throw(KeyError("missing"))
r.send("two")
try:
    r.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated ValueError:", e)
try:
    r.send("three")
except StopIteration:
    print("generator is finished")

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored!"
bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  finally in cleanup")
c = cleanup()
print(next(c))
c.close()
c.close()
print("closed twice ok")

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit")
        return
x = returns_on_exit()
next(x)
print(x.close())

def thrower():
    yield 1
t = thrower()
try:
    t.throw(IndexError("before start"))
except IndexError as e:
    print("IndexError:", e)
print(next(t, "exhausted"))

def echo():
    received = None
    while True:
        received = yield f"echo:{received}"
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
