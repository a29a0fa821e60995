# Covers: Task.cancel() raises CancelledError inside the coroutine at its await, finally blocks
# run, cancel(msg) carries the message, cancelled()/done(), a task that catches CancelledError
# and returns, shield() protecting the inner task, and wait_for cancelling on timeout.
import asyncio

async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, 'cancelled with', e.args)
        raise
    finally:
        print(name, 'finally')

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn swallowed the cancel')
        return 'kept going'

async def main():
    t = asyncio.create_task(sleeper('t1'))
    await asyncio.sleep(0.1)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting t1 raised CancelledError', e.args)
    print(t.cancelled(), t.done())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    s.cancel()
    print(await s, s.cancelled())
    inner = asyncio.create_task(asyncio.sleep(0.3, result='inner result'))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.1)
    except asyncio.TimeoutError:
        print('wait_for timed out; inner cancelled?', inner.cancelled())
    print(await inner)
    try:
        await asyncio.wait_for(sleeper('t2'), timeout=0.1)
    except TimeoutError:
        print('TimeoutError from wait_for')

asyncio.run(main())
