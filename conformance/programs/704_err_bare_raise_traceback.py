# Covers: a bare `raise` re-raises without adding a traceback entry (CPython's do_raise goes
# straight to exception_unwind), also from a helper function called in an except block and
# with `except ... as e`; "No active exception to reraise".
def h():
    raise

def g():
    try:
        1 / 0
    except ZeroDivisionError:
        h()

def f():
    try:
        g()
    except ZeroDivisionError as e:
        print("f caught:", e)
        raise

try:
    h()
except RuntimeError as e:
    print(type(e).__name__, e)
f()
