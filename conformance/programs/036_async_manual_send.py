# Covers: async def / await driven manually with coro.send(None), custom awaitables with __await__, StopIteration.value, coroutine close/throw.

class Suspend:
    """Awaitable that suspends once, yielding a message to the driver."""
    def __init__(self, msg):
        self.msg = msg
    def __await__(self):
        reply = yield self.msg
        return f"resumed({self.msg}) with {reply!r}"

async def inner(x):
    r = await Suspend(f"inner {x}")
    print("  inner got:", r)
    return x * 2

async def outer():
    a = await inner(1)
    b = await inner(2)
    c = await Suspend("outer")
    print("  outer got:", c)
    return a + b

coro = outer()
print(type(coro).__name__)
step = 0
value = None
while True:
    try:
        yielded = coro.send(value)
    except StopIteration as e:
        print("result:", e.value)
        break
    step += 1
    print(f"step {step}: coroutine yielded {yielded!r}")
    value = f"reply{step}"

async def simple():
    return "no awaits"
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("simple returned", e.value)

async def failing():
    await Suspend("before failure")
    raise ValueError("inside coroutine")
f = failing()
print(f.send(None))
try:
    f.send(None)
except ValueError as e:
    print("ValueError:", e)

async def guarded():
    try:
        await Suspend("waiting")
    except KeyError as e:
        print("  guarded caught", repr(e))
        return "handled"
gd = guarded()
gd.send(None)
try:
    gd.throw(KeyError("k"))
except StopIteration as e:
    print("guarded returned", e.value)

async def closable():
    try:
        await Suspend("x")
    finally:
        print("  closable finally")
cl = closable()
cl.send(None)
cl.close()

class NotAwaitable:
    pass
async def bad_await():
    await NotAwaitable()
try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError:", e)

done = outer()
for _ in range(3):
    done.send(None)
try:
    done.send(None)
except StopIteration as e:
    print("done:", e.value)
try:
    done.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
