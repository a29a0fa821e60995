# Covers: bare raise re-raising the current exception, raise inside nested handlers, RuntimeError for bare raise with no active exception, re-raise with modification.

def risky():
    raise ValueError("original")

def wrapper():
    try:
        risky()
    except ValueError as e:
        print("logging:", e)
        raise

try:
    wrapper()
except ValueError as e:
    print("re-raised:", e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def handler_after_nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise

try:
    handler_after_nested()
except KeyError as e:
    print("bare raise restores outer:", repr(e))

def annotate():
    try:
        1 / 0
    except ZeroDivisionError as e:
        e.args = (e.args[0] + " (annotated)",)
        raise
try:
    annotate()
except ZeroDivisionError as e:
    print(e)

def raise_class():
    raise IndexError
try:
    raise_class()
except IndexError as e:
    print(repr(e), e.args)

try:
    raise 42
except TypeError as e:
    print("TypeError:", e)

class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)

import sys
try:
    raise ValueError("inspect")
except ValueError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None)
print(sys.exc_info())
