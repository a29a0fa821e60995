# Covers: gather keeps argument order whatever the finishing order; return_exceptions=True puts
# exceptions in the result list; without it the first exception propagates and the other
# awaitables keep running; gather of nothing.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f'{name} failed')
    print('finished', name)
    return name.upper()

async def main():
    print(await asyncio.gather(job('slow', 0.3), job('fast', 0.1), job('mid', 0.2)))
    print(await asyncio.gather(job('a', 0.1), job('b', 0.05, True), return_exceptions=True))
    try:
        await asyncio.gather(job('c', 0.2), job('d', 0.05, True))
    except ValueError as e:
        print('gather raised', e)
    await asyncio.sleep(0.3)
    print(await asyncio.gather())

asyncio.run(main())
