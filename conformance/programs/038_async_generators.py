# Covers: async generators: async for over them, asend/athrow/aclose and __anext__, driven manually, anext() builtin.

class Pause:
    def __await__(self):
        yield "pause"

async def agen(n):
    for i in range(n):
        await Pause()
        yield i * 10
    print("  agen finished")

def run(aw):
    while True:
        try:
            aw.send(None)
        except StopIteration as e:
            return e.value

async def consume():
    out = []
    async for v in agen(4):
        out.append(v)
    return out
print(run(consume()))

g = agen(3)
print(type(g).__name__)
print(run(g.__anext__()))
print(run(anext(g)))
print(run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
print(run(anext(agen(0), "default")))

async def echo():
    received = None
    try:
        while True:
            received = yield f"echo {received}"
            await Pause()
    finally:
        print("  echo cleanup")

e = echo()
print(run(e.asend(None)))
print(run(e.asend("a")))
print(run(e.asend("b")))
run(e.aclose())
print("closed")

async def careful():
    while True:
        try:
            yield "waiting"
        except ValueError as err:
            yield f"caught {err}"
c = careful()
print(run(c.asend(None)))
print(run(c.athrow(ValueError("v1"))))
print(run(c.asend(None)))

async def comp():
    return [x async for x in agen(3)], {x: x // 10 async for x in agen(2)}
print(run(comp()))
