# Covers: a blocking call (time.sleep) inside a coroutine stalls the whole loop, while
# asyncio.to_thread and loop.run_in_executor run it in a worker thread so other tasks go on;
# the results come back to the loop (call_soon_threadsafe through the loop's self-pipe).
import asyncio
import threading
import time

def blocking_io(n):
    time.sleep(0.2)
    return n, threading.current_thread().name

async def ticker(label, log):
    for i in range(3):
        log.append(f'{label}{i}')
        await asyncio.sleep(0.05)

async def main():
    start = time.monotonic()
    log = []
    t = asyncio.create_task(ticker('t', log))
    time.sleep(0.2)  # blocks the loop: the ticker cannot run meanwhile
    log.append('blocked done')
    await t
    print(log)
    print(f'stalled: {time.monotonic() - start:.1f} s')

    start = time.monotonic()
    log = []
    results = await asyncio.gather(asyncio.to_thread(blocking_io, 1), ticker('u', log))
    print(results[0], log)
    print(f'to_thread: {time.monotonic() - start:.1f} s')
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking_io, 2))

asyncio.run(main())
