# Covers: asyncio.Queue with a bounded size — put waits when full, get waits when empty —
# task_done/join, several consumers, and a PriorityQueue; order is the loop's FIFO order.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, 'size', q.qsize())
    print('producer done')

async def consumer(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01 * (item % 3 + 1))
        log.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    consumers = [asyncio.create_task(consumer(f'c{i}', q, log)) for i in range(2)]
    await producer(q, 6)
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(sorted(log))
    pq = asyncio.PriorityQueue()
    for x in [(3, 'c'), (1, 'a'), (2, 'b')]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    try:
        pq.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')

asyncio.run(main())
