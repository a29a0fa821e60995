# Covers: asyncio.Event (wait/set/clear/is_set), Lock (FIFO waiters), Semaphore limiting
# concurrency, Condition wait/notify_all, and BoundedSemaphore over-release.
import asyncio

async def main():
    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        print('waiter', n, 'woke')
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print('is_set', ev.is_set())
    ev.set()
    await asyncio.gather(*ws)

    lock = asyncio.Lock()
    order = []
    async def locker(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0.01)
    await asyncio.gather(*(locker(i) for i in range(4)))
    print('lock order', order, lock.locked())

    sem = asyncio.Semaphore(2)
    running = 0
    peak = 0
    async def limited(n):
        nonlocal running, peak
        async with sem:
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0.02)
            running -= 1
    await asyncio.gather(*(limited(i) for i in range(5)))
    print('peak concurrency', peak)

    cond = asyncio.Condition()
    ready = []
    async def cwait(n):
        async with cond:
            await cond.wait_for(lambda: ready)
            print('condition waiter', n, 'sees', ready)
    cs = [asyncio.create_task(cwait(i)) for i in range(2)]
    await asyncio.sleep(0.01)
    async with cond:
        ready.append('go')
        cond.notify_all()
    await asyncio.gather(*cs)

    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
