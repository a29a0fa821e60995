# Covers: a repeating job built from chained threading.Timer objects (each tick schedules the
# next), stopped with cancel(); ticks every 0.1 s, stop after 0.45 s. Also Timer subclass
# names and a Timer whose function raises (reported by the excepthook).
import threading
import time

start = time.monotonic()
ticks = []


class Heartbeat:
    def __init__(self, interval):
        self.interval = interval
        self.timer = None
        self.lock = threading.Lock()
        self.stopped = False

    def _tick(self):
        ticks.append(round(time.monotonic() - start, 1))
        print("beat", len(ticks), "at", ticks[-1])
        self._schedule()

    def _schedule(self):
        with self.lock:
            if not self.stopped:
                self.timer = threading.Timer(self.interval, self._tick)
                self.timer.daemon = True
                self.timer.start()

    def start(self):
        self._schedule()

    def stop(self):
        with self.lock:
            self.stopped = True
            self.timer.cancel()


hb = Heartbeat(0.1)
hb.start()
time.sleep(0.45)
hb.stop()
print("stopped after", len(ticks), "beats:", ticks)
time.sleep(0.1)
print("no beat after stop:", len(ticks))


def explode():
    raise OSError("disk full")


t = threading.Timer(0.05, explode)
t.start()
t.join()
print("timer thread name:", t.name)
