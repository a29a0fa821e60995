# Covers: threading.local: each thread sees its own attributes, AttributeError for an
# attribute set in another thread, a local subclass whose __init__ runs once per thread,
# __dict__ per thread.
import threading

data = threading.local()
data.name = "main value"
seen = []


def worker(n):
    try:
        data.name
    except AttributeError as e:
        seen.append((n, "AttributeError", str(e)))
    data.name = f"worker {n}"
    data.items = [n] * n
    seen.append((n, data.name, data.items, sorted(data.__dict__)))


for i in range(1, 4):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()
for s in seen:
    print(s)
print("main still sees:", data.name, "| has items:", hasattr(data, "items"))


class Context(threading.local):
    created = 0

    def __init__(self, user):
        Context.created += 1
        self.user = user
        self.depth = 0


ctx = Context("root")
log = []


def handle(req):
    ctx.depth += 1
    log.append((req, ctx.user, ctx.depth))
    ctx.user = req


threads = [threading.Thread(target=handle, args=(f"req{i}",)) for i in range(3)]
for t in threads:
    t.start()
    t.join()
print(log)
print("main ctx:", ctx.user, ctx.depth, "| __init__ calls:", Context.created)
print(type(data).__name__, isinstance(ctx, threading.local))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
