# Covers: uncaught exceptions raised from a Thread subclass's run() (no threading.py "run"
# frame), deep inside helper calls, with an explicit name, and a chained exception.
import threading
import time


def parse(text):
    return int(text)


def load(items):
    return [parse(x) for x in items]


class Loader(threading.Thread):
    def __init__(self, items, delay, **kw):
        super().__init__(**kw)
        self.items = items
        self.delay = delay

    def run(self):
        time.sleep(self.delay)
        print(self.name, "loaded", load(self.items))


class Config(threading.Thread):
    def run(self):
        time.sleep(0.15)
        settings = {"port": "80"}
        try:
            settings["host"]
        except KeyError as e:
            raise RuntimeError("incomplete configuration") from e


threads = [
    Loader(["1", "2"], 0.0),
    Loader(["3", "x4"], 0.05, name="loader-b"),
    Loader(["5"], 0.1),
    Config(),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done:", [t.is_alive() for t in threads])
