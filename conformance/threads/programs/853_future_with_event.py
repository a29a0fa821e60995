# Covers: a hand-made Future: a worker thread stores a result or an exception and sets an
# Event; result(timeout) waits on it, raises TimeoutError when the value is late, re-raises
# the worker's exception in the caller, and runs done-callbacks.
import threading
import time


class Future:
    def __init__(self):
        self._done = threading.Event()
        self._result = None
        self._exc = None
        self._callbacks = []
        self._lock = threading.Lock()

    def set_result(self, value):
        self._result = value
        self._finish()

    def set_exception(self, exc):
        self._exc = exc
        self._finish()

    def _finish(self):
        with self._lock:
            self._done.set()
            callbacks = list(self._callbacks)
        for cb in callbacks:
            cb(self)

    def add_done_callback(self, cb):
        with self._lock:
            if not self._done.is_set():
                self._callbacks.append(cb)
                return
        cb(self)

    def done(self):
        return self._done.is_set()

    def result(self, timeout=None):
        if not self._done.wait(timeout):
            raise TimeoutError("result not ready")
        if self._exc is not None:
            raise self._exc
        return self._result


def submit(fn, *args):
    fut = Future()

    def runner():
        try:
            fut.set_result(fn(*args))
        except Exception as e:
            fut.set_exception(e)

    fut.thread = threading.Thread(target=runner)
    fut.thread.start()
    return fut


def slow_square(x, delay):
    time.sleep(delay)
    return x * x


def failing(msg):
    time.sleep(0.05)
    raise ValueError(msg)


f1 = submit(slow_square, 7, 0.2)
print("done right away:", f1.done())
try:
    f1.result(timeout=0.05)
except TimeoutError as e:
    print("TimeoutError:", e)
f1.add_done_callback(lambda f: print("callback sees", f.result()))
value = f1.result()
f1.thread.join()            # the callback runs in the worker after the event is set
print("result:", value)
f1.add_done_callback(lambda f: print("late callback runs at once:", f.result()))

f2 = submit(failing, "bad input")
try:
    f2.result()
except ValueError as e:
    print("re-raised in main:", type(e).__name__, e)
print("done:", f2.done())

futures = [submit(slow_square, n, 0.05 * (3 - n)) for n in range(3)]
print("results in submission order:", [f.result() for f in futures])
