# Covers: functools.reduce (initial, errors), partial (positional/keyword merging, nested partials
# flattened, attributes, repr, overriding keywords, subclass), partialmethod, and their errors.
import functools
import operator
from functools import reduce, partial, partialmethod

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 8), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, s: acc + s.upper(), "abc", ">"), reduce(operator.add, [], 0), reduce(operator.add, [7]))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]), reduce(operator.or_, [{1}, {2}, {1, 3}]))
for args in ((operator.add, []), (operator.add, 5), (operator.add,)):
    try:
        reduce(*args)
    except TypeError as e:
        print("reduce:", e)


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(5), cube(3), two_to(10), two_to(10, mod=1000), square(4, exp=3))
print(square.func is power, square.args, square.keywords, two_to.args, two_to.keywords)
print(repr(partial(power, 2, mod=7)).startswith("functools.partial(<function power at "), repr(partial(max, 1, 2)))
nested = partial(partial(power, 3), mod=5)
print(nested.func is power, nested.args, nested.keywords, nested(4))
print(partial(print, sep="-")("a", "b", "c"))
print(list(map(partial(int, base=2), ["101", "111", "1000"])))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
p = partial(power, 2)
p.note = "attribute on a partial"
print(p.note, callable(p), partial(int)("42"))


class MyPartial(partial):
    pass


mp = MyPartial(power, 3)
print(type(mp).__name__, mp(2), repr(MyPartial(len)))
for bad in ((), (5,)):
    try:
        partial(*bad)
    except TypeError as e:
        print("partial:", e)


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = state

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c._alive, end=" ")
c.set_dead()
print(c._alive, type(Cell.__dict__["set_alive"]).__name__)
