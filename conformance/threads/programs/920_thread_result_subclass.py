# Covers: a Thread subclass that returns the target's value from join() (run() stores it in
# an attribute, an exception is stored and re-raised by join()), Thread.run deleting
# _target/_args/_kwargs when it ends (also when the target raises), a subclass whose run()
# calls super().run() around extra work, and positional arguments of a custom __init__.
import threading
import time


class ResultThread(threading.Thread):
    def __init__(self, func, *args, delay=0.0, **kwargs):
        super().__init__(target=func, args=args, kwargs=kwargs, name=f"result-{func.__name__}")
        self.delay = delay
        self.value = None
        self.error = None

    def run(self):
        time.sleep(self.delay)
        try:
            self.value = self._target(*self._args, **self._kwargs)
        except BaseException as e:
            self.error = e
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        super().join(timeout)
        if self.is_alive():
            raise TimeoutError(f"{self.name} still running")
        if self.error is not None:
            raise self.error
        return self.value


def add(a, b, *, scale=1):
    return (a + b) * scale


def fail(message):
    raise LookupError(message)


def slow():
    return "slow result"


t1 = ResultThread(add, 2, 3, scale=10)
t2 = ResultThread(fail, "nothing here", delay=0.05)
t3 = ResultThread(slow, delay=0.3)
for t in (t1, t2, t3):
    t.start()
print("t1.join() ->", t1.join())
try:
    t2.join()
except LookupError as e:
    print("t2.join() raised", type(e).__name__, e)
try:
    t3.join(timeout=0.1)
except TimeoutError as e:
    print("TimeoutError:", e)
print("t3.join() ->", t3.join())
print("target attributes left:", [hasattr(t1, a) for a in ("_target", "_args", "_kwargs")])


class Plain(threading.Thread):
    pass


def boom():
    raise ValueError("boom")


hooked = []
threading.excepthook = lambda args: hooked.append((args.thread.name, args.exc_type.__name__))
p = Plain(target=boom, name="plain")
print("before start:", hasattr(p, "_target"), p._args, p._kwargs)
p.start()
p.join()
print("after a raising target:", hasattr(p, "_target"), hasattr(p, "_args"), "| hook saw", hooked)


class Wrapped(threading.Thread):
    log = []

    def run(self):
        Wrapped.log.append(("before", self.name, self._args))
        super().run()
        Wrapped.log.append(("after", self.name, hasattr(self, "_args")))


w = Wrapped(target=Wrapped.log.append, args=(("target", "runs"),), name="wrapped")
w.start()
w.join()
for entry in Wrapped.log:
    print(entry)
try:
    w.run()         # run() again in the main thread: the target is gone
except AttributeError as e:
    print("AttributeError:", e)
