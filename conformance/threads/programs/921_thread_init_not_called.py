# Covers: a Thread subclass whose __init__ forgets Thread.__init__(): the exact errors of
# start(), join(), the daemon setter (RuntimeError) and of name/ident/is_alive()/repr()/daemon
# (AssertionError); calling Thread.__init__ late repairs it; setting name before
# Thread.__init__ is refused; Thread.__init__ called twice on a started thread.
import threading


class Forgetful(threading.Thread):
    def __init__(self, job):
        self.job = job          # no super().__init__()

    def run(self):
        ran.append((self.job, threading.current_thread() is self))


ran = []


def attempt(label, fn):
    try:
        r = fn()
    except (RuntimeError, AssertionError, AttributeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {r!r}")


f = Forgetful("report")
attempt("start", f.start)
attempt("join", f.join)
attempt("name", lambda: f.name)
attempt("ident", lambda: f.ident)
attempt("native_id", lambda: f.native_id)
attempt("is_alive", f.is_alive)
attempt("daemon", lambda: f.daemon)
attempt("set daemon", lambda: setattr(f, "daemon", True))
attempt("set name", lambda: setattr(f, "name", "x"))
attempt("repr", lambda: repr(f))
attempt("run() directly", f.run)
print("in enumerate:", f in threading.enumerate())

threading.Thread.__init__(f, name="repaired")
attempt("name after late __init__", lambda: f.name)
attempt("start after late __init__", f.start)
f.join()
print("ran:", ran)
attempt("is_alive after join", f.is_alive)


class EarlyName(threading.Thread):
    def __init__(self):
        self.name = "too early"
        super().__init__()


attempt("name set before __init__", EarlyName)


class Reinit(threading.Thread):
    def run(self):
        pass


r = Reinit(name="first")
r.start()
r.join()
threading.Thread.__init__(r, name="second")     # resets the state: it can start again
print("after re-init:", r.name, r.is_alive(), r.ident)
attempt("start the re-initialised thread", r.start)
r.join()
print("finished:", r.name, r.is_alive())
