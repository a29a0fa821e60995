# Covers: implicit chaining (__context__), raise ... from (__cause__), from None (__suppress_context__), chains inspected in handlers.

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e

try:
    parse("abc")
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"no key {k}") from None

try:
    lookup({}, "x")
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print("implicit:", repr(e), "<-", repr(e.__context__), e.__cause__)

try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__context__)

def chain_depth(e):
    n = 0
    while e is not None:
        print("  ", "level", n, type(e).__name__, e)
        e = e.__cause__ or e.__context__
        n += 1

try:
    try:
        try:
            raise OSError("disk")
        except OSError as e1:
            raise LookupError("index") from e1
    except LookupError:
        raise TypeError("top")
except TypeError as e:
    chain_depth(e)

try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
