# Covers: an event bus / observer pattern: decorator registration with bound methods, priorities, cancellation, properties notifying subscribers.
from collections import defaultdict
from typing import Callable
class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.cancelled = False
    def cancel(self): self.cancelled = True
    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self.data.items()))
        return f"Event({self.name!r}{', ' if inner else ''}{inner})"
class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self.history = []
    def on(self, name, priority=0):
        def register(fn):
            self._handlers[name].append((priority, fn))
            self._handlers[name].sort(key=lambda p: -p[0])
            return fn
        return register
    def emit(self, name, **data):
        ev = Event(name, **data)
        self.history.append(ev)
        results = []
        for prio, fn in self._handlers.get(name, []):
            if ev.cancelled:
                results.append(f"skipped {fn.__name__}")
                continue
            results.append(fn(ev))
        return results
    def __len__(self): return sum(len(v) for v in self._handlers.values())
    def __contains__(self, name): return name in self._handlers
class Listener:
    count = 0
    def __init__(self, bus, name):
        self.name = name
        self.seen = []
        bus.on('message')(self.handle)
        Listener.count += 1
    def handle(self, ev):
        self.seen.append(ev.data.get('text'))
        return f"{self.name} got {ev.data.get('text')!r}"
    def __repr__(self): return f"<Listener {self.name} seen={self.seen}>"
bus = EventBus()
@bus.on('message', priority=10)
def censor(ev):
    if 'bad' in ev.data.get('text', ''):
        ev.cancel()
        return "censored"
    return "clean"
a, b = Listener(bus, "a"), Listener(bus, "b")
print(bus.emit('message', text='hello'))
print(bus.emit('message', text='bad word'))
print(bus.emit('unknown', x=1))
print(a, b, len(bus), 'message' in bus, 'other' in bus, Listener.count)
print(bus.history)
print(a.handle.__self__ is a, a.handle.__func__ is Listener.handle, bus._handlers['message'][1][1] == a.handle)
class Observable:
    def __init__(self): self._obs = []
    def subscribe(self, cb): self._obs.append(cb); return lambda: self._obs.remove(cb)
    def notify(self, *a): return [cb(*a) for cb in list(self._obs)]
class Temperature(Observable):
    def __init__(self, t):
        super().__init__()
        self._t = t
    @property
    def t(self): return self._t
    @t.setter
    def t(self, v):
        old, self._t = self._t, v
        self.notify(old, v)
temp = Temperature(20)
log = []
unsub = temp.subscribe(lambda o, n: log.append((o, n)))
temp.subscribe(lambda o, n: log.append("delta %+d" % (n - o)))
temp.t = 25; unsub(); temp.t = 18
print(log, temp.t, len(temp._obs))
