# Covers: the default threading.excepthook writes to the sys.stderr of the moment (a
# StringIO here, printed afterwards), falls back to the stderr saved when the Thread was
# created if sys.stderr is None; it shows the thread's name at the time of the exception
# (renamed inside run, non-ASCII names); threading.excepthook called directly with a
# hand-made ExceptHookArgs.
import io
import sys
import threading


def fail(kind):
    if kind == "rename":
        threading.current_thread().name = "renamed-while-running"
        raise KeyError("late")
    if kind == "unicode":
        raise ValueError("数据错误: ünïcode")
    raise ZeroDivisionError("division by zero")


def run(name, kind):
    t = threading.Thread(target=fail, args=(kind,), name=name)
    t.start()
    t.join()
    return t


real_stderr = sys.stderr
buffer = io.StringIO()
sys.stderr = buffer
run("captured", "zero")
run("captured", "rename")
run("工人-1", "unicode")
sys.stderr = real_stderr
print("captured by the StringIO:")
print(buffer.getvalue(), end="")
print("--- end of capture ---")

# sys.stderr is None: the hook uses the stderr the thread saved in Thread.__init__
t = threading.Thread(target=fail, args=("zero",), name="to-real-stderr")
sys.stderr = None
t.start()
t.join()
sys.stderr = real_stderr
print("the thread saved stderr:", t._stderr is real_stderr)

# sys.stderr is None now and was None at creation: nothing is printed at all
sys.stderr = None
t = threading.Thread(target=fail, args=("zero",), name="silent")
t.start()
t.join()
sys.stderr = real_stderr
print("silent thread finished:", not t.is_alive())

# calling the hook directly
try:
    {}["missing"]
except KeyError:
    args = threading.ExceptHookArgs([*sys.exc_info(), threading.current_thread()])
print(type(args).__name__, args.exc_type.__name__, args.thread.name, len(args))
buffer = io.StringIO()
sys.stderr = buffer
threading.excepthook(args)
sys.stderr = real_stderr
print(buffer.getvalue(), end="")
print("done")
