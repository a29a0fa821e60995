# Covers: an event bus built from closures and callbacks: subscription handles that close over
# state, once-only listeners, priorities with sorted(key=), weak-style unsubscription, and errors
# in listeners collected without stopping dispatch.
import functools
import itertools

class EventBus:
    def __init__(self):
        self._listeners = {}
        self._seq = itertools.count()

    def on(self, event, callback=None, *, priority=0, once=False):
        if callback is None:
            return functools.partial(self.on, event, priority=priority, once=once)
        entry = [priority, next(self._seq), callback, once]
        self._listeners.setdefault(event, []).append(entry)
        def unsubscribe():
            try:
                self._listeners[event].remove(entry)
                return True
            except ValueError:
                return False
        callback.unsubscribe = unsubscribe
        return callback

    def emit(self, event, *args, **kwargs):
        entries = sorted(self._listeners.get(event, []), key=lambda e: (-e[0], e[1]))
        results, errors = [], []
        for entry in entries:
            _, _, callback, once = entry
            if once:
                self._listeners[event].remove(entry)
            try:
                results.append(callback(*args, **kwargs))
            except Exception as exc:
                errors.append(f"{callback.__name__}: {type(exc).__name__}: {exc}")
        return results, errors

bus = EventBus()
audit = []

def make_logger(prefix):
    count = 0
    def log(*args, **kwargs):
        nonlocal count
        count += 1
        audit.append(f"{prefix}#{count} {args} {kwargs}")
        return f"{prefix} saw {len(args)} args"
    return log

bus.on("save", make_logger("low"))
bus.on("save", make_logger("high"), priority=10)

@bus.on("save", once=True)
def first_save_only(name, **meta):
    return f"first save of {name}"

@bus.on("save", priority=5)
def validator(name, **meta):
    if not name.endswith(".txt"):
        raise ValueError(f"bad extension in {name!r}")
    return "valid"

print(bus.emit("save", "notes.txt", user="ann"))
print(bus.emit("save", "image.png"))
print(validator.unsubscribe(), validator.unsubscribe())
print(bus.emit("save", "final.txt"))
print(bus.emit("load"))
print(*audit, sep="\n")

def debounce(fn):
    last = {}
    @functools.wraps(fn)
    def wrapper(key, value):
        if last.get(key) == value:
            return None
        last[key] = value
        return fn(key, value)
    return wrapper

changes = []
@debounce
def on_change(key, value):
    changes.append((key, value))
    return value

for k, v in [("a", 1), ("a", 1), ("b", 2), ("a", 3), ("b", 2)]:
    on_change(k, v)
print(changes, on_change.__name__)

handlers = {}
for name in ("start", "stop"):
    handlers[name] = lambda name=name: f"handling {name}"
print([h() for h in handlers.values()])
