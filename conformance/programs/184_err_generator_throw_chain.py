# Covers: uncaught exception re-raised from a coroutine driven manually with send(None); frames of the driver and coroutine.
class Step:
    def __await__(self):
        yield

async def job(n):
    await Step()
    if n > 1:
        raise RuntimeError(f"job {n} failed")
    return n

def drive(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

print(drive(job(1)))
print(drive(job(2)))
