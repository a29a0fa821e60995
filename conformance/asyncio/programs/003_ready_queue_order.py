# Covers: the event loop's FIFO ready queue — tasks start in creation order, each sleep(0) lets
# every other ready task take one step, callbacks scheduled with call_soon run in order, and
# call_later timers fire by deadline then by scheduling order; task names Task-N.
import asyncio

async def stepper(name, steps):
    for i in range(steps):
        print(name, 'step', i, asyncio.current_task().get_name())
        await asyncio.sleep(0)
    return name

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'soon 1')
    loop.call_later(0.02, print, 'later 0.02')
    loop.call_later(0.01, print, 'later 0.01 a')
    loop.call_later(0.01, print, 'later 0.01 b')
    loop.call_soon(print, 'soon 2')
    tasks = [asyncio.create_task(stepper(n, 3)) for n in 'ABC']
    print('created', [t.get_name() for t in tasks])
    print(await asyncio.gather(*tasks))
    await asyncio.sleep(0.05)

asyncio.run(main())
