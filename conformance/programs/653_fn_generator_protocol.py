# Covers: send/throw/close, StopIteration values, yield from with return values and delegation of
# throw/close, gi_frame/gi_running/gi_suspended/gi_yieldfrom, generator errors and PEP 479.
def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print("  averager ignoring:", e)
            continue
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count

def report(results, key):
    while True:
        results[key] = yield from averager()
        print(f"  group {key!r} done: {results[key]}")

results = {}
grp = report(results, "a")
next(grp)
for v in (10, 20, 30):
    print("avg:", grp.send(v))
print("throw:", grp.throw(ValueError("bad reading")))
grp.send(None)
print("gi_yieldfrom is an averager:", grp.gi_yieldfrom.__name__)
print(results)

def gen():
    x = yield 1
    print("  got", x)
    y = yield x * 2
    print("  got", y)
    return "done"

g = gen()
print(g.gi_suspended, g.gi_running, g.gi_frame.f_lineno, g.gi_frame.f_locals)
print(next(g), g.gi_frame.f_lineno)
print(g.send(10), g.gi_frame.f_locals)
try:
    g.send(20)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print("finished frame:", g.gi_frame)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e))

try:
    gen().send(5)
except TypeError as e:
    print(type(e).__name__, e)

def watcher():
    try:
        while True:
            item = yield
            print("  watching", item)
    except GeneratorExit:
        print("  watcher closing")
        raise
    finally:
        print("  watcher cleanup")

w = watcher(); next(w); w.send("a"); w.close(); w.close()
print("closed:", w.gi_frame is None)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def returns_in_finally():
    try:
        yield 1
    finally:
        return "from finally"

r = returns_in_finally(); next(r)
print("close() returns", r.close())

def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("early"))
except KeyError as e:
    print("unstarted throw:", repr(e), list(t))

def leaks_stop():
    yield 1
    raise StopIteration("oops")

try:
    list(leaks_stop())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)

def reentrant():
    yield me.send(None)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def chain(*iterables):
    for it in iterables:
        got = yield from it
        if got is not None:
            print("  sub-iterator returned", got)

def sub():
    yield "x"
    return "sub-result"

print(list(chain([1, 2], "ab", sub(), range(2))))
it = iter([1, 2, 3])
d = chain(it)
next(d)
try:
    d.send("not None")
except AttributeError as e:
    print(type(e).__name__, e)
