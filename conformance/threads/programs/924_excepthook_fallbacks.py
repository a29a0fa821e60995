# Covers: how a thread's uncaught exception reaches the hooks: threading.excepthook set to
# None falls back to the hook that was installed when the Thread object was created; a
# threading.excepthook that raises prints "Exception in threading.excepthook:" and hands its
# own exception to the current sys.excepthook; sys.excepthook is not used for a thread's
# exception otherwise, but is for the main thread's uncaught exception (exit status 1).
import sys
import threading


def sys_hook(exc_type, exc, tb):
    print(f"sys.excepthook: {exc_type.__name__}: {exc} | context: {exc.__context__!r}",
          "| suppressed:", exc.__suppress_context__)


def hook_a(args):
    print("hook_a:", args.thread.name, args.exc_type.__name__, args.exc_value)


def hook_b(args):
    print("hook_b:", args.thread.name, args.exc_type.__name__, args.exc_value)


def broken_hook(args):
    raise RuntimeError(f"hook failed on {args.exc_value}")


def fail(msg):
    raise ValueError(msg)


def run(t):
    t.start()
    t.join()


sys.excepthook = sys_hook
threading.excepthook = hook_a
print("1. custom threading.excepthook:")
run(threading.Thread(target=fail, args=("one",), name="t1"))

print("2. hook set to None: the hook of creation time is used")
early = threading.Thread(target=fail, args=("two",), name="created-under-a")
threading.excepthook = hook_b
late = threading.Thread(target=fail, args=("three",), name="created-under-b")
threading.excepthook = None
run(early)
run(late)

print("3. a hook that raises:")
threading.excepthook = broken_hook
run(threading.Thread(target=fail, args=("four",), name="t4"))

print("4. SystemExit in a thread also reaches a custom hook:")
threading.excepthook = hook_a
run(threading.Thread(target=sys.exit, args=(3,), name="t5"))

print("5. the default hooks are kept in __excepthook__:")
print(threading.__excepthook__ is not hook_a, sys.__excepthook__ is not sys_hook)
print("main thread: uncaught exception goes to sys.excepthook")
raise OSError("main fails")
