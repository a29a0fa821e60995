# Covers: the operator module (itemgetter/attrgetter/methodcaller, arithmetic and comparison
# functions, in-place operators) with sorted/max/map, and functools helpers (total_ordering,
# singledispatch, cached_property, partialmethod).
import operator
import functools
from collections import namedtuple

Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "ops", 5200), Emp("bob", "dev", 6100), Emp("cy", "dev", 5800), Emp("di", "ops", 4900)]
print([e.name for e in sorted(staff, key=operator.attrgetter("dept", "salary"))])
print(max(staff, key=operator.itemgetter(2)).name, list(map(operator.itemgetter(0, 2), staff[:2])))
print(operator.methodcaller("replace", "a", "@")("banana"), operator.attrgetter("real", "imag")(3 + 4j))
print(repr(operator.itemgetter(1)), repr(operator.attrgetter("a.b")), repr(operator.methodcaller("f", 1, k=2)))
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 8), operator.neg(5), operator.not_(0), operator.truth([]), operator.index(7))
print(operator.lt(1, 2), operator.ge(1, 2), operator.eq("a", "a"), operator.is_(None, None), operator.contains([1], 1))
print(operator.concat([1], [2]), operator.getitem({"k": 1}, "k"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.iadd([1], [2]), operator.iconcat([0], [1]), operator.length_hint(iter(range(4))))
print(functools.reduce(operator.or_, [1, 2, 4]), functools.reduce(operator.and_, [7, 3]), list(map(operator.xor, [1, 2], [3, 3])))
try:
    operator.itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    operator.attrgetter("missing")(staff[0])
except AttributeError as e:
    print(type(e).__name__, e)

@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), max(vs), Version("2.0") >= Version("1.9"), Version("1.0") <= Version("1.0"))

@functools.singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(list)
def _(x):
    return f"list of {len(x)}"

print(describe(3), describe(True), describe([1, 2]), describe("s"), describe.registry[list].__name__)

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("  computing area")
        return 3 * self.r * self.r
    def scale(self, factor, *, offset=0):
        return self.r * factor + offset
    double = functools.partialmethod(scale, 2)

c = Circle(2)
print(c.area, c.area, c.double(), c.double(offset=1), "area" in vars(c))
