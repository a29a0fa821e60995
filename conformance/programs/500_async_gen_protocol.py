# Covers: async generator awaitables (asend/athrow/aclose/__anext__ state machines, reuse errors,
# "already running", non-None first send), anext() with a default, ag_running/ag_await, and
# closing an async generator left by `break` or at exit — driven by hand with send(None).

class Pause:
    def __await__(self):
        yield "pause"

def run(aw):
    while True:
        try:
            aw.send(None)
        except StopIteration as e:
            return e.value

def attempt(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

async def agen(n):
    for i in range(n):
        await Pause()
        yield i * 10

async def g2():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "caught"
    finally:
        print("  g2 finally")

g = g2()
s = g.asend(None)
attempt("asend first", lambda: s.send(None))
attempt("asend reused", lambda: s.send(None))
t = g.athrow(ValueError)
attempt("athrow", lambda: t.send(None))
attempt("athrow reused", lambda: t.send(None))
c = g.aclose()
attempt("aclose", lambda: c.send(None))
attempt("aclose reused", lambda: c.send(None))
attempt("aclose closed", lambda: run(g.aclose()))
attempt("athrow closed", lambda: run(g.athrow(KeyError)))
attempt("asend closed", lambda: run(g.asend(None)))

attempt("non-None first asend", lambda: g2().asend(5).send(None))
attempt("non-None first athrow", lambda: g2().athrow(ValueError).send(5))
attempt("athrow bad args at await", lambda: g2().athrow(1).send(None))
x = g2().athrow()
print("athrow() without args created")
attempt("athrow() awaited", lambda: x.send(None))

async def ag_await_in_handler():
    try:
        yield 1
    except ValueError:
        await Pause()
        yield "caught"
        yield "again"
    print("  handler done")

g = ag_await_in_handler()
run(g.asend(None))
t = g.athrow(ValueError)
attempt("athrow step 1", lambda: t.send(None))
attempt("athrow step 2", lambda: t.send(None))
attempt("athrow step 3", lambda: t.send(None))
attempt("athrow step 4", lambda: t.send(None))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = stubborn()
run(g.asend(None))
attempt("ignored GeneratorExit", lambda: run(g.aclose()))

async def slow():
    await Pause()
    yield 1

g = slow()
a1 = g.asend(None)
a1.send(None)
print("ag_running", g.ag_running, type(g.ag_await).__name__)
attempt("second asend while running", lambda: g.asend(None).send(None))
attempt("athrow while running", lambda: g.athrow(ValueError).send(None))
attempt("aclose while running", lambda: g.aclose().send(None))
attempt("first asend finishes", lambda: a1.send(None))
print("ag_running", g.ag_running, g.ag_await)

async def bad_stop():
    raise StopIteration
    yield

async def bad_stop_async():
    raise StopAsyncIteration
    yield

attempt("StopIteration inside", lambda: run(bad_stop().asend(None)))
attempt("StopAsyncIteration inside", lambda: run(bad_stop_async().asend(None)))

a = anext(agen(1), "dflt")
print(type(a).__name__)
attempt("anext step", lambda: a.send(None))
attempt("anext value", lambda: a.send(None))
attempt("anext reused", lambda: a.send(None))
print(run(anext(agen(0), "empty")))

class AIter:
    def __aiter__(self):
        return self
    def __anext__(self):
        print("  __anext__ called")
        return Pause()

x = anext(AIter(), 1)
print("anext created")
print(x.send(None))
print(type(anext(AIter())).__name__)
attempt("anext non-iterator", lambda: anext(5))
attempt("aiter non-iterable", lambda: aiter(5))

async def cleanup(name):
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup", name)

async def main():
    async for v in cleanup("loop"):
        print("  got", v)
        break
    print("  after loop")

run(main())
left = cleanup("left at exit")
run(left.asend(None))
print("end of program")
