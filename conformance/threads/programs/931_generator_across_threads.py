# Covers: one generator advanced from several threads: each resumption runs in the thread
# that calls next(), so current_thread() and threading.local values change between yields;
# a generator that is running in one thread (blocked inside) cannot be resumed by another:
# "ValueError: generator already executing" from next(), send() and close().
import threading

local = threading.local()
local.tag = "main"


def tracer():
    while True:
        yield (threading.current_thread().name, getattr(local, "tag", None))


gen = tracer()
seen = [next(gen)]


def step(tag):
    local.tag = tag
    seen.append(next(gen))


for tag in ("x", "y"):
    t = threading.Thread(target=step, args=(tag,), name=f"stepper-{tag}")
    t.start()
    t.join()
seen.append(next(gen))
for s in seen:
    print(s)

inside = threading.Event()
release = threading.Event()


def blocking_gen():
    yield "first"
    inside.set()
    release.wait()          # the generator is executing while it waits here
    yield "second"
    yield "third"


g = blocking_gen()
print(next(g))
results = []
t = threading.Thread(target=lambda: results.append(next(g)), name="holder")
t.start()
inside.wait()
print("running:", g.gi_running, "| has a frame:", g.gi_frame is not None)
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
try:
    g.send(None)
except ValueError as e:
    print("send -> ValueError:", e)
try:
    g.close()
except ValueError as e:
    print("close -> ValueError:", e)
release.set()
t.join()
print("holder got:", results, "| running:", g.gi_running)
print("main continues:", next(g))
g.close()
print("closed, frame gone:", g.gi_frame is None)
