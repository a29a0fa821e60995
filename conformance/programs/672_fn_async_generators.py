# Covers: async generator methods (asend/athrow/aclose/__anext__), StopAsyncIteration, PEP 479 for
# coroutines and async generators, anext()/aiter(), driven by hand without an event loop.
class Y:
    def __await__(self):
        return (yield 'tick')
def run(co):
    out = []
    try:
        while True:
            out.append(co.send(None))
    except StopIteration as e:
        return out, e.value
async def agen():
    try:
        x = yield 1
        print('got', x)
        await Y()
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 'after-error'
    finally:
        print('agen finally')
async def main():
    g = agen()
    print(await g.asend(None))
    print(await g.asend('sent'))
    print(await g.athrow(ValueError('bad')))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print('exhausted')
    g2 = agen()
    print(await g2.__anext__())
    await g2.aclose()
    print('closed', g2.ag_frame)
    try:
        await g2.__anext__()
    except StopAsyncIteration as e:
        print('after close', repr(e))
    async def bad():
        raise StopIteration('x')
    try:
        await bad()
    except RuntimeError as e:
        print(type(e).__name__, e)
    async def bad_ag():
        yield 1
        raise StopAsyncIteration
    try:
        async for v in bad_ag():
            print('v', v)
    except RuntimeError as e:
        print(type(e).__name__, e)
    return 'main done'
print(run(main()))
async def noaw():
    pass
c = noaw()
print(type(c).__name__)
c.close()
async def ag1():
    yield 1
a = ag1()
print(type(a).__name__)
print(type(a.asend(None)).__name__, type(a.athrow(ValueError)).__name__, type(a.aclose()).__name__)
try:
    iter(a)
except TypeError as e:
    print(e)
async def with_ag():
    return [x async for x in ag1()], await anext(ag1()), [y async for y in aiter(ag1())]
print(run(with_ag()))
