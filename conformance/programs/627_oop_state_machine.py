# Covers: a state machine with Enum states, a validating property setter, __call__ and callbacks.
from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()
    def can_go(self, other): return other in TRANSITIONS[self]
    def __str__(self): return self.name.lower()
TRANSITIONS = {
    State.IDLE: {State.RUNNING},
    State.RUNNING: {State.PAUSED, State.DONE},
    State.PAUSED: {State.RUNNING, State.DONE},
    State.DONE: set(),
}
class TransitionError(Exception):
    def __init__(self, src, dst):
        self.src, self.dst = src, dst
    def __str__(self): return f"cannot go from {self.src} to {self.dst}"
class Machine:
    def __init__(self):
        self._state = State.IDLE
        self.log = []
        self._listeners = []
    @property
    def state(self): return self._state
    @state.setter
    def state(self, new):
        if not self._state.can_go(new):
            raise TransitionError(self._state, new)
        old, self._state = self._state, new
        self.log.append((old, new))
        for cb in self._listeners: cb(old, new)
    def on_change(self, cb):
        self._listeners.append(cb); return cb
    def __call__(self, event):
        handler = getattr(self, f"do_{event}", None)
        if handler is None:
            raise AttributeError(f"unknown event {event!r}")
        handler()
        return self
    def do_start(self): self.state = State.RUNNING
    def do_pause(self): self.state = State.PAUSED
    def do_finish(self): self.state = State.DONE
m = Machine()
@m.on_change
def show(old, new): print(f"  {old} -> {new}")
m("start")("pause")("start")
for ev in ["start", "finish", "pause", "explode"]:
    try:
        m(ev)
    except TransitionError as e:
        print("TransitionError:", e, e.args)
    except AttributeError as e:
        print("AttributeError:", e)
print(m.state, repr(m.state), m.state.value, State['PAUSED'], State(2), list(State))
print(len(m.log), callable(m), callable(Machine), callable(State.IDLE))
print(State.IDLE is State.IDLE, State.IDLE == 1, isinstance(State.DONE, State), type(State.DONE).__name__)
try: State(9)
except ValueError as e: print(e)
try: State.IDLE = 5
except AttributeError as e: print(e)
print({s: s.can_go(State.DONE) for s in State})
print(sorted(State, key=lambda s: -s.value)[0], State.RUNNING.name, hash(State.IDLE) == hash(State.IDLE))
