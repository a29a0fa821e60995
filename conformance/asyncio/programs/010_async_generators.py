# Covers: async generators with async for, async comprehensions, anext() with a default, an
# async context manager class and contextlib.asynccontextmanager, and an uncaught exception in
# asyncio.run's main coroutine (traceback through asyncio's runners and base_events frames).
import asyncio
import contextlib

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

class Resource:
    async def __aenter__(self):
        print('enter')
        return self
    async def __aexit__(self, *exc):
        print('exit', exc[0])
        return False

@contextlib.asynccontextmanager
async def managed(name):
    print('open', name)
    try:
        yield name.upper()
    finally:
        print('close', name)

async def main():
    async for i in ticks(3):
        print('tick', i)
    print([i * i async for i in ticks(4)])
    g = ticks(1)
    print(await anext(g), await anext(g, 'done'))
    async with Resource():
        print('inside')
    async with managed('db') as m:
        print('using', m)
    raise KeyError('missing')

asyncio.run(main())
