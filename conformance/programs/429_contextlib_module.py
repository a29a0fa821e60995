# Covers: contextlib.contextmanager (setup/teardown order, exceptions thrown into the generator,
# suppression by the generator, reuse as a decorator), suppress, closing, nullcontext,
# ExitStack (callbacks LIFO, enter_context, pop_all, exception propagation), redirect_stdout,
# AbstractContextManager, and the "generator didn't yield/stop" errors.
import contextlib
import io
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  handled inside {name}: {e}")
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("  body", t)
with tag("div"):
    raise ValueError("oops")
try:
    with tag("span"):
        raise KeyError("k")
except KeyError as e:
    print("propagated KeyError", e)


@tag("decorated")
def work(x):
    print("  working on", x)
    return x * 2


print(work(21))
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
with suppress(KeyError):
    {}["missing"]
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError escaped:", e)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print(f"closing {self.name}")


with closing(Resource("db")) as r:
    print("using", r.name)
with nullcontext(5) as v:
    print("nullcontext gives", v)
with nullcontext() as v:
    print("nullcontext() gives", v)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("stacked"))
    print("inside ExitStack")
with ExitStack() as stack:
    stack.callback(print, "never runs")
    moved = stack.pop_all()
print("stack exited; moved still pending")
moved.close()
try:
    with ExitStack() as stack:
        stack.callback(print, "cleanup despite error")
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second", 2)
print(repr(buf.getvalue()))


class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("Managed exit", exc[0])
        return False


with Managed() as m:
    print(type(m).__name__)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
