# Covers: the default threading.excepthook printing unusual exceptions raised in threads:
# an exception with __notes__, an ExceptionGroup (nested, with tracebacks of its members),
# an exception whose __str__ fails, a multi-line message, an exception chained implicitly
# inside an except block, and an exception of a class defined in the thread's module.
import threading


class ParseError(Exception):
    pass


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")


def with_notes():
    e = ValueError("bad port")
    e.add_note("while reading config.ini")
    e.add_note("line 12")
    raise e


def check(n):
    if n % 2:
        raise ParseError(f"odd value {n}")
    return n


def group():
    errors = []
    for n in (1, 2, 3):
        try:
            check(n)
        except ParseError as e:
            errors.append(e)
    inner = ExceptionGroup("inner", [KeyError("k")])
    raise ExceptionGroup("validation failed", errors + [inner])


def unprintable():
    raise Unprintable()


def multiline():
    raise RuntimeError("first line\nsecond line\n  indented third")


def chained():
    try:
        [][0]
    except IndexError:
        raise ParseError("empty input")


for target in (with_notes, group, unprintable, multiline, chained):
    t = threading.Thread(target=target)
    t.start()
    t.join()
    print("joined", t.name)
