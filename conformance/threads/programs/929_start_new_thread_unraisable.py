# Covers: an exception escaping a function started with _thread.start_new_thread is not
# reported by threading.excepthook but as an "unraisable" exception: "Exception ignored in
# thread started by: <repr of the function>" plus the traceback on stderr; a custom
# sys.unraisablehook receives err_msg, object and the exception; SystemExit is silent.
import _thread
import sys
import threading
import time

finished = _thread.allocate_lock()


class Job:
    def __init__(self, name, error):
        self.name = name
        self.error = error

    def __repr__(self):
        return f"<Job {self.name}>"

    def __call__(self, *args):
        try:
            if self.error is not None:
                raise self.error
            print(self.name, "ran with", args)
        finally:
            finished.release()

    def method(self):
        self()


def start(fn, *args):
    finished.acquire()
    _thread.start_new_thread(fn, args)
    finished.acquire()      # the function has finished its work...
    finished.release()
    time.sleep(0.05)        # ...and the report (if any) is written by now


hooked = []
threading.excepthook = lambda args: hooked.append(args)

start(Job("quiet", None), 1, 2)
start(Job("parser", ValueError("bad token")))
start(Job("divider", ZeroDivisionError("division by zero")).method)
start(Job("quitter", SystemExit(4)))
print("threading.excepthook was never called:", hooked == [])


def unraisable_hook(u):
    print("unraisablehook:", u.exc_type.__name__, "|", u.exc_value, "|", u.err_msg, "|",
          u.object, "| traceback:", u.exc_traceback is not None)


sys.unraisablehook = unraisable_hook
start(Job("hooked", KeyError("key")))
start(Job("hooked-exit", SystemExit(0)))
print("main ends")
