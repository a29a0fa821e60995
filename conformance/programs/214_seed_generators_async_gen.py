# Seed 002 (generator / async generator snippets). The seed's syntax slips (missing ':' after
# 'for result in generator()' and 'for i in range(10)') are fixed; asyncio.sleep(1) is replaced by a
# custom awaitable and the coroutines are driven manually with send(None) (no event loop).
# Covers: generators, next(), async generators, anext(), async for, await inside async generators.
def generator():
    for i in range(10):
        yield i


gen = generator()
result = next(gen)
print(result)
for result in generator():
    print(result, end=' ')
print()


class Sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield ('sleep', self.delay)


async def async_generator():
    for i in range(10):
        await Sleep(1)
        yield i


def run(coro):
    slept = 0
    while True:
        try:
            cmd, delay = coro.send(None)
            slept += delay
        except StopIteration as e:
            return e.value, slept


async def one_step():
    it = async_generator()
    awaitable = anext(it)
    result = await awaitable
    return result


async def traverse():
    results = []
    async for result in async_generator():
        results.append(result)
    return results


print(run(one_step()))
print(run(traverse()))
