# Seed 002: the two fixes — create_task both coroutines first, or gather them — take 2 s.
# conformance-time-cap: 5
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def with_tasks():
    task1 = asyncio.create_task(say_after(1, 'hello'))
    task2 = asyncio.create_task(say_after(2, 'world'))
    start = time.monotonic()
    await task1
    await task2
    print(f"tasks finished after {time.monotonic() - start:.1f} s")

async def with_gather():
    start = time.monotonic()
    await asyncio.gather(say_after(1, 'hello'), say_after(2, 'world'))
    print(f"gather finished after {time.monotonic() - start:.1f} s")

asyncio.run(with_tasks())
asyncio.run(with_gather())
