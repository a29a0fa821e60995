# Covers: a cooperative scheduler driven by send(), coroutine-style generators with system calls,
# subroutine trampolining through a stack of generators, and tasks that crash.
from collections import deque
import heapq

class SysCall:
    def handle(self, sched, task):
        raise NotImplementedError

class GetTid(SysCall):
    def handle(self, sched, task):
        task.sendval = task.tid
        sched.schedule(task)

class Spawn(SysCall):
    def __init__(self, target):
        self.target = target
    def handle(self, sched, task):
        task.sendval = sched.new(self.target)
        sched.schedule(task)

class Sleep(SysCall):
    def __init__(self, ticks):
        self.ticks = ticks
    def handle(self, sched, task):
        heapq.heappush(sched.sleeping, (sched.clock + self.ticks, task.tid, task))

class Wait(SysCall):
    def __init__(self, tid):
        self.tid = tid
    def handle(self, sched, task):
        if self.tid in sched.tasks:
            sched.waiting.setdefault(self.tid, []).append(task)
        else:
            task.sendval = None
            sched.schedule(task)

class Task:
    next_id = 0
    def __init__(self, target):
        Task.next_id += 1
        self.tid = Task.next_id
        self.target = target
        self.sendval = None
        self.stack = []

    def run(self):
        while True:
            try:
                result = self.target.send(self.sendval)
            except StopIteration as e:
                if not self.stack:
                    raise
                self.sendval = e.value
                self.target = self.stack.pop()
                continue
            if isinstance(result, SysCall):
                return result
            if hasattr(result, "send"):
                self.stack.append(self.target)
                self.sendval = None
                self.target = result
                continue
            self.sendval = result
            return None

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.tasks = {}
        self.sleeping = []
        self.waiting = {}
        self.clock = 0

    def new(self, target):
        task = Task(target)
        self.tasks[task.tid] = task
        self.schedule(task)
        return task.tid

    def schedule(self, task):
        self.ready.append(task)

    def exit(self, task, value):
        print(f"[t={self.clock}] task {task.tid} exited with {value!r}")
        del self.tasks[task.tid]
        for waiter in self.waiting.pop(task.tid, []):
            waiter.sendval = value
            self.schedule(waiter)

    def mainloop(self):
        while self.tasks:
            if not self.ready:
                if not self.sleeping:
                    print("deadlock")
                    return
                wake, _, task = heapq.heappop(self.sleeping)
                self.clock = wake
                self.schedule(task)
                continue
            task = self.ready.popleft()
            try:
                call = task.run()
            except StopIteration as e:
                self.exit(task, e.value)
                continue
            except Exception as e:
                print(f"[t={self.clock}] task {task.tid} crashed: {type(e).__name__}: {e}")
                self.exit(task, None)
                continue
            if call is not None:
                call.handle(self, task)
            else:
                self.schedule(task)

def subtotal(n):
    total = 0
    for i in range(n):
        total += i
        yield
    return total

def worker(name, n):
    tid = yield GetTid()
    print(f"{name} has tid {tid}")
    for i in range(n):
        yield Sleep(i + 1)
        print(f"{name} tick {i}")
    s = yield subtotal(4)
    print(f"{name} subtotal {s}")
    return name.upper()

def crasher():
    yield Sleep(2)
    return {}["missing"]

def boss():
    a = yield Spawn(worker("alice", 2))
    b = yield Spawn(worker("bob", 3))
    c = yield Spawn(crasher())
    results = []
    for tid in (a, b, c):
        results.append((yield Wait(tid)))
    print("boss collected", results)
    return "boss done"

sched = Scheduler()
sched.new(boss())
sched.mainloop()
print("final clock", sched.clock)
