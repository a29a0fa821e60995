# Covers: async protocol errors: async for over a non-async iterable, bad __aiter__/__anext__,
# async with without __aenter__/__aexit__ awaitables, awaiting a non-awaitable.
def run(co):
    try:
        while True:
            co.send(None)
    except StopIteration as e:
        return e.value
async def t1():
    async for x in [1, 2]:
        pass
async def t2():
    async with object():
        pass
class BadAiter:
    def __aiter__(self):
        return 5
async def t3():
    async for x in BadAiter():
        pass
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def t4():
    async for x in BadAnext():
        pass
class AE:
    async def __aenter__(self): return 1
async def t5():
    async with AE():
        pass
class NoAwaitEnter:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
async def t6():
    async with NoAwaitEnter():
        pass
async def t7():
    return [x async for x in [1]]
async def t8():
    with AE():
        pass
async def t9():
    await t9_inner()
def t9_inner():
    return 5
for t in (t1, t2, t3, t4, t5, t6, t7, t8, t9):
    try:
        print(t.__name__, run(t()))
    except Exception as e:
        print(t.__name__, type(e).__name__, e)
