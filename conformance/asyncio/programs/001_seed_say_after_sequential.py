# Seed 002 (shared/seeds/002_bbf1ae779f8dc239.txt, "协程"): awaiting say_after twice in a row takes
# 1 + 2 = 3 s — the second coroutine is not on the loop while the first waits. The seed prints
# time.strftime('%X') (wall-clock time); here the elapsed seconds are printed instead.
# conformance-time-cap: 5
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    start = time.monotonic()
    print("started")
    await say_after(1, 'hello')
    await say_after(2, 'world')
    print(f"finished after {time.monotonic() - start:.1f} s")

asyncio.run(main())
