# Covers: a tiny round-robin scheduler for coroutines built on custom awaitables (no asyncio): sleep by ticks, join results, exceptions.

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)

class Scheduler:
    def __init__(self):
        self.now = 0
        self.ready = []      # list of (wake_time, seq, name, coro)
        self.seq = 0
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((self.now, self.seq, name, coro))
        self.seq += 1
    def run(self):
        while self.ready:
            self.ready.sort()
            wake, seq, name, coro = self.ready.pop(0)
            self.now = max(self.now, wake)
            try:
                cmd, arg = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"t={self.now:2d} {name} finished -> {e.value!r}")
                continue
            except Exception as e:
                self.results[name] = e
                print(f"t={self.now:2d} {name} crashed: {type(e).__name__}: {e}")
                continue
            self.ready.append((self.now + arg, self.seq, name, coro))
            self.seq += 1

async def worker(name, delays):
    total = 0
    for d in delays:
        print(f"  {name} sleeps {d}")
        await Sleep(d)
        total += d
    return f"{name} slept {total}"

async def crasher():
    await Sleep(2)
    raise RuntimeError("worker failed")

async def say_after(delay, what):
    await Sleep(delay)
    print("  say:", what)
    return what

s = Scheduler()
s.spawn("A", worker("A", [3, 1, 2]))
s.spawn("B", worker("B", [1, 1, 1, 1]))
s.spawn("C", crasher())
s.spawn("hello", say_after(1, "hello"))
s.spawn("world", say_after(2, "world"))
s.run()
print("final time", s.now)
print(sorted((k, type(v).__name__) for k, v in s.results.items()))
