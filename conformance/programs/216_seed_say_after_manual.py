# Seed 002 (asyncio say_after / create_task / gather example), ported to run without asyncio: asyncio.sleep
# is replaced by a custom awaitable and a tiny event loop with a virtual clock drives the coroutines with
# send(None). time.strftime('%X') is replaced by the virtual time so the output is deterministic.
# Shows why awaiting sequentially takes 3 "seconds" and running both as tasks takes 2.
# Covers: async def/await, custom awaitables, a heap-based scheduler, task objects, gather-like joining.
import heapq


class Sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield self.delay


class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0

    def call_at(self, when, task):
        heapq.heappush(self.queue, (when, self.seq, task))
        self.seq += 1

    def run(self, coro):
        main = Task(coro, self)
        while self.queue:
            when, _, task = heapq.heappop(self.queue)
            self.now = when
            task.step()
        return main.result


class Task:
    def __init__(self, coro, loop):
        self.coro = coro
        self.loop = loop
        self.done = False
        self.result = None
        self.waiters = []
        loop.call_at(loop.now, self)

    def step(self):
        try:
            delay = self.coro.send(None)
        except StopIteration as e:
            self.done = True
            self.result = e.value
            for w in self.waiters:
                self.loop.call_at(self.loop.now, w)
            return
        if isinstance(delay, Task):
            delay.waiters.append(self)
        else:
            self.loop.call_at(self.loop.now + delay, self)

    def __await__(self):
        while not self.done:
            yield self
        return self.result


loop = None


def strftime():
    return f"t={loop.now}s"


async def say_after(delay, what):
    await Sleep(delay)
    print(what)
    return what


async def main_sequential():
    print(f"started at {strftime()}")
    await say_after(1, 'hello')
    await say_after(2, 'world')
    print(f"finished at {strftime()}")


async def main_tasks():
    task1 = Task(say_after(1, 'hello'), loop)
    task2 = Task(say_after(2, 'world'), loop)
    print(f"started at {strftime()}")
    await task1
    await task2
    print(f"finished at {strftime()}")


async def gather(*coros):
    tasks = [Task(c, loop) for c in coros]
    return [await t for t in tasks]


async def main_gather():
    print(f"started at {strftime()}")
    results = await gather(say_after(1, 'hello'), say_after(2, 'world'), say_after(0, 'first'))
    print(f"finished at {strftime()}", results)


for entry in (main_sequential, main_tasks, main_gather):
    print("==", entry.__name__)
    loop = Loop()
    loop.run(entry())
