# Covers: SystemExit raised in a thread (sys.exit(), raise SystemExit(3)) ends only that
# thread, silently; the process exit status is unaffected.
import sys
import threading


def quit_early(code):
    print("before exit", code)
    sys.exit(code)
    print("never printed")


def raise_it():
    try:
        raise SystemExit("message is not printed either")
    finally:
        print("finally runs in the thread")


for target, args in [(quit_early, (3,)), (quit_early, (None,)), (raise_it, ())]:
    t = threading.Thread(target=target, args=args)
    t.start()
    t.join()
    print(t.name, "alive:", t.is_alive())


hooked = []
threading.excepthook = lambda args: hooked.append(args.exc_type.__name__)
t = threading.Thread(target=quit_early, args=(5,))
t.start()
t.join()
print("the excepthook saw:", hooked)
print("main ends normally")
