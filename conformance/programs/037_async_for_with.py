# Covers: async with (__aenter__/__aexit__), async for (__aiter__/__anext__, StopAsyncIteration), driven manually with send(None).

class Tick:
    def __await__(self):
        yield "tick"

class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i - 1

class AsyncResource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Tick()
        print(f"  open {self.name}")
        return self
    async def __aexit__(self, et, ev, tb):
        await Tick()
        print(f"  close {self.name} ({et.__name__ if et else 'ok'})")
        return et is KeyError

async def main():
    total = 0
    async with AsyncResource("db") as db, AsyncResource("cache"):
        async for i in AsyncRange(4):
            print("  item", i, "from", db.name)
            total += i
    async with AsyncResource("suppressing"):
        raise KeyError("suppressed")
    squares = [x * x async for x in AsyncRange(5)]
    evens = [x async for x in AsyncRange(10) if x % 2 == 0]
    print("  squares", squares, "evens", evens)
    async for x in AsyncRange(3):
        if x == 1:
            break
    else:
        print("  not printed")
    async for x in AsyncRange(2):
        pass
    else:
        print("  async for else ran")
    return total

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

print(run(main()))

async def bad_iter():
    async for x in [1, 2]:
        pass
try:
    run(bad_iter())
except TypeError as e:
    print("TypeError:", e)

async def bad_with():
    async with AsyncRange(1):
        pass
try:
    run(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
