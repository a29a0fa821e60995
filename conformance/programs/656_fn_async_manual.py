# Covers: async def / await / async for / async with / async generators and comprehensions,
# driven by hand with send(None) (no event loop); coroutine reprs-free introspection, errors for
# awaiting non-awaitables, iterating a coroutine, reusing a finished coroutine, types.coroutine.
import types

class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield ("request", self.value)
        return got

async def fetch(x):
    reply = await Ready(x)
    return reply * 2

async def gather_two():
    a = await fetch(1)
    b = await fetch(2)
    return a + b

def drive(coro, replies):
    replies = iter(replies)
    value = None
    try:
        while True:
            request = coro.send(value)
            print("  coroutine asked for", request)
            value = next(replies)
    except StopIteration as e:
        return e.value

c = gather_two()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_frame.f_code.co_name)
print("result:", drive(c, [10, 20]))
print("cr_frame after finishing:", c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def answer():
    return 42

a = answer()
for attempt in (lambda: next(a), lambda: iter(a), lambda: list(a)):
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, e)
a.close()
print("closed before start:", a.cr_frame)

class NotAwaitable:
    pass

class BadAwait:
    def __await__(self):
        return 5

for thing in (5, [1], NotAwaitable(), BadAwait()):
    async def use(x=thing):
        await x
    co = use()
    try:
        co.send(None)
    except TypeError as e:
        print(type(e).__name__, e)

@types.coroutine
def legacy_sleep(n):
    got = yield ("sleep", n)
    return got

async def uses_legacy():
    return await legacy_sleep(3)

print("legacy:", drive(uses_legacy(), ["woke"]))

async def countdown(n):
    while n > 0:
        yield n
        await Ready(n)
        n -= 1

class Resource:
    async def __aenter__(self):
        print("  acquire")
        return "res"
    async def __aexit__(self, et, ev, tb):
        print("  release", et.__name__ if et else None)
        return True

async def main():
    seen = []
    async for v in countdown(2):
        seen.append(v)
    squares = [v * v async for v in countdown(3)]
    async with Resource() as r:
        print("  inside with", r)
        raise ValueError("swallowed by __aexit__")
    return seen, squares

print("main:", drive(main(), ["ok"] * 10))

ag = countdown(1)
print(type(ag).__name__, ag.__name__, ag.ag_running)
step = ag.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("first item:", e.value)
ag2 = countdown(0)
try:
    ag2.__anext__().send(None)
except StopAsyncIteration as e:
    print(type(e).__name__, e.args)

def tick_scheduler(*coros):
    ready = list(coros)
    results = {}
    while ready:
        co = ready.pop(0)
        try:
            co.send(None)
            ready.append(co)
        except StopIteration as e:
            results[co.__name__] = e.value
    return results

class Yield:
    def __await__(self):
        yield

async def job(name, steps):
    for i in range(steps):
        print(f"  {name} step {i}")
        await Yield()
    return steps

async def alpha():
    return await job("alpha", 2)

async def beta():
    return await job("beta", 3)

print(tick_scheduler(alpha(), beta()))
print(answer.__code__.co_flags & 0x80 != 0, countdown.__code__.co_flags & 0x200 != 0)
