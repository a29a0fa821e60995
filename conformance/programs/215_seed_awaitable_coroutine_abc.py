# Seed 002: the Awaitable / Coroutine abstract base classes quoted from collections.abc, with abc.ABCMeta and
# abstractmethod, plus a concrete Coroutine subclass and a native coroutine compared against it.
# Covers: metaclass=ABCMeta, __slots__ = (), abstract methods, Can't-instantiate errors, throw/close protocol,
# RuntimeError('coroutine ignored GeneratorExit'), __await__ as a generator.
from abc import ABCMeta, abstractmethod


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Send a value into the coroutine.
        Return next yielded value or raise StopIteration.
        """
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception in the coroutine.
        Return next yielded value or raise StopIteration.
        """
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Raise GeneratorExit inside coroutine.
        """
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")


for cls in (Awaitable, Coroutine):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Coroutine.__abstractmethods__))


class Countdown(Coroutine):
    """A hand-written coroutine object: yields n, n-1, ..., 1 then returns 'liftoff'."""
    __slots__ = ("n",)

    def __init__(self, n):
        self.n = n

    def send(self, value):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n + 1

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)

    def __await__(self):
        return (yield from _iterate(self))


def _iterate(coro):
    while True:
        try:
            v = coro.send(None)
        except StopIteration as e:
            return e.value
        yield v


c = Countdown(3)
print(isinstance(c, Coroutine), isinstance(c, Awaitable), issubclass(Countdown, Awaitable))
print(c.send(None), c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration:", e.value)
c2 = Countdown(5)
c2.close()
print("close() ok, n =", c2.n)
try:
    c2.throw(ValueError, ValueError("thrown in"))
except ValueError as e:
    print("ValueError:", e)


class Stubborn(Countdown):
    def throw(self, typ, val=None, tb=None):
        return "ignored"


try:
    Stubborn(1).close()
except RuntimeError as e:
    print("RuntimeError:", e)


async def main():
    result = await Countdown(2)
    return "main got " + result


m = main()
values = []
while True:
    try:
        values.append(m.send(None))
    except StopIteration as e:
        print(values, e.value)
        break


async def native():
    return 1
n = native()
import collections.abc as cabc
print(isinstance(n, cabc.Coroutine), isinstance(n, Coroutine))
n.close()
