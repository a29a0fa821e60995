# Covers: threading.Timer details: current_thread() inside the function is the Timer object,
# args/kwargs defaults, cancel() called from inside the function, run() called directly
# (waits in the caller's thread), a zero or negative interval, the finished Event, a Timer
# created in a daemon thread inheriting the flag, a Timer subclass, and two timers whose
# order is decided by their intervals (0.1 s apart), not by their start order.
import threading
import time

log = []


def record(*args, **kwargs):
    me = threading.current_thread()
    log.append((me.name, type(me).__name__, args, kwargs, me.daemon))


t = threading.Timer(0.05, record)
print(t.args, t.kwargs, t.interval, t.function is record, t.finished.is_set())
t.start()
t.join()
print(log.pop(), "| finished:", t.finished.is_set())

me_seen = []


def self_cancel():
    me = threading.current_thread()
    me_seen.append(me is t2)
    me.cancel()
    me_seen.append(me.finished.is_set())


t2 = threading.Timer(0.01, self_cancel)
t2.start()
t2.join()
print("inside its own function:", me_seen)

start = time.monotonic()
direct = threading.Timer(0.1, record, ("direct",), {"k": 1})
direct.run()
print("run() directly:", log.pop(), "waited", round(time.monotonic() - start, 1), "s",
      "| alive:", direct.is_alive())

for interval in (0, -5):
    tm = threading.Timer(interval, record, [interval])
    tm.start()
    tm.join()
    print("interval", interval, "->", log.pop()[2])


def spawn_from_daemon():
    inner = threading.Timer(0.01, record, ["from daemon"])
    inner.start()
    inner.join()


d = threading.Thread(target=spawn_from_daemon, daemon=True, name="parent")
d.start()
d.join()
print("timer created in a daemon thread:", log.pop())


class Alarm(threading.Timer):
    def __init__(self, interval, label):
        super().__init__(interval, self.ring, args=(label,))
        self.name = f"alarm-{label}"

    def ring(self, label):
        log.append((label, threading.current_thread().name))


late = Alarm(0.2, "late")
early = Alarm(0.1, "early")
late.start()
early.start()
late.join()
early.join()
print("rang in interval order:", log)
c = Alarm(0.1, "cancelled")
c.start()
c.cancel()
c.join()
print("after cancel:", c.finished.is_set(), len(log))
