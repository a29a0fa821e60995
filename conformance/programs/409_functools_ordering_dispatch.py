# Covers: functools.total_ordering (from __lt__ / __le__ / __gt__ / __ge__, NotImplemented,
# missing-root error), cmp_to_key (sorting, KeyWrapper comparisons), singledispatch (by class,
# by annotation, MRO fallback, ABC-registered types, dispatch(), registry), singledispatchmethod,
# cached_property (computed once, stored in __dict__, errors).
import functools
from functools import total_ordering, cmp_to_key, singledispatch, cached_property


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), Version(1) <= Version(1), Version(2) >= Version(1, 5), Version(1) > Version(1))
try:
    Version(1) < 3
except TypeError as e:
    print(e)


@total_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __eq__(self, other):
        return self.kg == other.kg

    def __ge__(self, other):
        return self.kg >= other.kg


print(Weight(3) < Weight(4), Weight(3) <= Weight(3), Weight(5) > Weight(4), sorted(w.kg for w in [Weight(2), Weight(1)]))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(e)


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["banana", "fig", "apple", "kiwi", "date", "pear"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)), sorted(words, key=cmp_to_key(by_length_then_alpha), reverse=True))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), K(5) >= K(9), K(4).obj, type(K(1)).__name__)
try:
    hash(K(1))
except TypeError as e:
    print(e)


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
@describe.register(tuple)
def _seq(x):
    return f"sequence of {len(x)}"


@describe.register(float)
def _(x):
    return f"float {x:.2f}"


class MyList(list):
    pass


print(describe(3), describe(True), describe(2.5), describe([1, 2]), describe((1,)), describe(MyList([1, 2, 3])), describe("s"))
print(describe.dispatch(bool).__name__, describe.dispatch(str) is describe.registry[object], sorted(t.__name__ for t in describe.registry))
try:
    describe()
except TypeError as e:
    print(e)


class Shape:
    @functools.singledispatchmethod
    def scale(self, factor):
        raise NotImplementedError(type(factor).__name__)

    @scale.register
    def _(self, factor: int):
        return f"int scale {factor}"

    @scale.register
    def _(self, factor: str):
        return f"named scale {factor!r}"


print(Shape().scale(3), Shape().scale("double"))


class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.values)


d = Data([1, 2, 3])
print(d.total, d.total, d.computed, "total" in d.__dict__, type(Data.total).__name__)
d.values.append(10)
print(d.total)
del d.total
print(d.total, d.computed)
