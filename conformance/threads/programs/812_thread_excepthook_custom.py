# Covers: a custom threading.excepthook (ExceptHookArgs fields), restoring the default via
# threading.__excepthook__, and an exception raised inside the hook itself.
import threading
import time

log = []


def hook(args):
    log.append(args.thread.name)
    print("hook:", args.exc_type.__name__, "|", args.exc_value, "|",
          args.exc_traceback is not None, "|", args.thread.name,
          "| same thread object:", args.thread is workers.get(args.thread.name))
    print("hook runs in:", threading.current_thread().name)


def fail(kind):
    time.sleep(0.05)
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        {}["missing"]
    if kind == "interrupt":
        raise KeyboardInterrupt
    print("no failure")


workers = {}


def run(name, kind):
    t = threading.Thread(target=fail, args=(kind,), name=name)
    workers[name] = t
    t.start()
    t.join()


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook
run("A", "value")
run("B", "key")
run("C", "none")
run("D", "interrupt")       # KeyboardInterrupt is reported too; only SystemExit is silent
print("log:", log)

threading.excepthook = threading.__excepthook__
run("E", "value")           # default output on stderr


def broken_hook(args):
    raise TypeError("the hook itself failed")


threading.excepthook = broken_hook
run("F", "key")
print("main still running")
