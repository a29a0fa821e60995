# Covers: asyncio.run closes async generators left suspended (loop.shutdown_asyncgens, which
# learns of them through sys.set_asyncgen_hooks' firstiter) before it returns — their finally
# blocks run inside asyncio.run, not at interpreter exit; sys.get_asyncgen_hooks outside a loop.
import asyncio
import sys

async def numbers(tag):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.01)
    finally:
        print(tag, 'finally')

async def main():
    print('hooks set:', sys.get_asyncgen_hooks().firstiter is not None)
    g = numbers('g')
    async for x in g:
        if x == 2:
            break
    h = numbers('h')
    print(await h.__anext__())
    print('main returns')

print(sys.get_asyncgen_hooks())
asyncio.run(main())
print('after run', sys.get_asyncgen_hooks())
