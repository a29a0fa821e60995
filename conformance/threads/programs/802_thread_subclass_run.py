# Covers: subclassing Thread, overriding run() and __init__ (super().__init__()),
# attributes set by run() read after join(), calling run() directly in the main thread.
import threading
import time


class Squarer(threading.Thread):
    def __init__(self, numbers, delay):
        super().__init__()
        self.numbers = numbers
        self.delay = delay
        self.result = None

    def run(self):
        time.sleep(self.delay)
        self.result = [n * n for n in self.numbers]
        print(self.name, "ran in", threading.current_thread().name)


a = Squarer([1, 2, 3], 0.05)
b = Squarer([4, 5], 0.15)
print(a.name, b.name)
a.start()
b.start()
a.join()
b.join()
print(a.result, b.result)

# run() called directly executes in the calling thread and does not start anything
c = Squarer([9], 0)
c.run()
print(c.result, c.is_alive(), c.ident)


class Named(threading.Thread):
    def __init__(self, tag):
        super().__init__(name="worker-" + tag, daemon=False)
        self.tag = tag

    def run(self):
        print("tag", self.tag, "name", self.name, "current", threading.current_thread() is self)


n = Named("x")
n.start()
n.join()


class WithTarget(threading.Thread):
    """A subclass that keeps Thread.run, so the target is used."""


w = WithTarget(target=print, args=("target of a subclass",))
w.start()
w.join()
print(w.name)
