# Covers: TaskGroup waits for all its tasks; when one fails the others are cancelled and the
# failures come out as an ExceptionGroup (caught with except*); asyncio.timeout() as a context
# manager; asyncio.wait with FIRST_COMPLETED; as_completed order.
import asyncio

async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    if fail:
        raise RuntimeError(f'{name} broke')
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job('a', 0.1))
        b = tg.create_task(job('b', 0.2))
    print('group done', a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('ok', 0.3))
            tg.create_task(job('bad', 0.1, fail=True))
    except* RuntimeError as eg:
        print('caught', [str(e) for e in eg.exceptions])
    try:
        async with asyncio.timeout(0.1):
            await job('too slow', 1)
    except TimeoutError:
        print('timed out')
    tasks = {asyncio.create_task(job(n, d)) for n, d in [('x', 0.3), ('y', 0.1), ('z', 0.2)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('first done', [t.result() for t in done], len(pending))
    for coro in asyncio.as_completed(pending):
        print('then', await coro)

asyncio.run(main())
