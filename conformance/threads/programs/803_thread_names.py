# Covers: default thread names "Thread-N (target)" and "Thread-N", the shared counter,
# explicit names that take no number, falsy names, non-string names, renaming.
import functools
import threading


def work():
    pass


class Job:
    def method(self):
        pass

    def __call__(self):
        pass


def show(t):
    print(repr(t.name))


show(threading.Thread(target=work))                        # Thread-1 (work)
show(threading.Thread())                                   # Thread-2
show(threading.Thread(target=work, name="custom"))         # no number used
show(threading.Thread(target=lambda: None))                # Thread-3 (<lambda>)
show(threading.Thread(target=Job().method))                # Thread-4 (method)
show(threading.Thread(target=Job()))                       # instance has no __name__
show(threading.Thread(target=functools.partial(work)))     # partial has no __name__
show(threading.Thread(target=print))                       # builtin: (print)
show(threading.Thread(target=work, name=""))               # empty name: a number is used
show(threading.Thread(target=work, name=0))                # falsy: a number is used
show(threading.Thread(target=work, name=42))               # converted with str()
show(threading.Thread(target=work, name=None))
show(threading.Timer(1.0, work))                           # Timer: plain Thread-N


class Sub(threading.Thread):
    def run(self):
        pass


show(Sub())                                                # no target: plain Thread-N
show(Sub(target=work))


t = threading.Thread(target=work)
show(t)
t.name = "renamed"
show(t)
t.start()
t.join()
show(t)
t.name = 123
show(t)
print(threading.main_thread().name)
