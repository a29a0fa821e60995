# Covers: operator functions (arithmetic, bitwise, comparisons, truth, identity, containment,
# sequence helpers countOf/indexOf/concat/length_hint, getitem/setitem/delitem, in-place variants
# with mutable and immutable operands, dunder aliases, call), itemgetter/attrgetter/methodcaller
# (reprs, multiple keys, dotted names, use as sort keys) and error messages.
import operator as op


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


print(op.add(2, 3), op.sub(2, 3), op.mul(4, 2.5), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0), op.lshift(1, 10), op.rshift(1024, 3))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.and_({1, 2}, {2, 3}), op.or_({1: 1}, {2: 2}))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1.0), op.gt([2], [1, 9]), op.ge((1, 2), (1, 2)))
print(op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None), op.index(7), op.index(True))
print(op.contains([1, 2, 3], 2), op.contains("hello", "ell"), op.countOf([1, 2, 1, 1], 1), op.indexOf("abcb", "b"))
print(op.concat([1], [2]), op.concat("ab", "cd"), op.length_hint([1, 2, 3]), op.length_hint(iter(range(5))), op.length_hint(object(), 9))
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
lst = list(range(10))
print(d, op.getitem(d, "b"), op.getitem(lst, slice(2, 8, 2)), op.getitem("abc", -1))
op.setitem(lst, slice(0, 3), ["x"])
op.delitem(lst, slice(None, None, 2))
print(lst)
a = [1, 2]
b = op.iadd(a, [3])
t = (1, 2)
u = op.iadd(t, (3,))
print(a, b is a, t, u, op.iconcat([0], (1,)), op.imul("ab", 3), op.ipow(2, 5), op.ior({1}, {2}))
v = Vec(1, 2)
w = op.iadd(v, Vec(10, 10))
print(w, w is v, op.add(Vec(1, 1), Vec(2, 2)), op.neg(Vec(3, -4)), op.__add__(1, 2), op.__neg__(3), op.__getitem__("xyz", 1))
print(op.call(divmod, 17, 5), op.call(sorted, [3, 1, 2], reverse=True))

g1 = op.itemgetter(1)
g2 = op.itemgetter(0, -1)
gk = op.itemgetter("name")
print(g1("abc"), g2("abc"), gk({"name": "Ann"}), repr(g1), repr(g2), repr(op.itemgetter(slice(1, 3))), g1([[1, 2], 3]))
rows = [("bob", 3, 9.5), ("ann", 3, 7.0), ("cid", 1, 9.5)]
print(sorted(rows, key=op.itemgetter(1, 0)), max(rows, key=op.itemgetter(2)), list(map(op.itemgetter(0), rows)))


class Person:
    def __init__(self, name, city):
        self.name = name
        self.address = Vec(city, len(city))

    def greet(self, greeting="Hi", punct="!"):
        return f"{greeting}, {self.name}{punct}"


people = [Person("Zed", "Oslo"), Person("Amy", "Rome"), Person("Bo", "Lima")]
ag = op.attrgetter("name")
ag2 = op.attrgetter("name", "address.x")
print([ag(p) for p in sorted(people, key=ag)], ag2(people[0]), repr(ag), repr(ag2), op.attrgetter("address.y")(people[1]))
mc = op.methodcaller("greet")
mc2 = op.methodcaller("greet", "Hello", punct="?")
print(mc(people[0]), mc2(people[1]), repr(mc), repr(mc2), op.methodcaller("upper")("abc"), list(map(op.methodcaller("split", ","), ["a,b", "c"])))
print(type(g1).__name__, type(ag).__module__, repr(op.methodcaller("strip", " \t")))


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("add(1)", lambda: op.add(1))
attempt("add(1, 'a')", lambda: op.add(1, "a"))
attempt("lt(1, 'a')", lambda: op.lt(1, "a"))
attempt("concat(1, 2)", lambda: op.concat(1, 2))
attempt("indexOf([1], 2)", lambda: op.indexOf([1], 2))
attempt("index(1.5)", lambda: op.index(1.5))
attempt("neg('a')", lambda: op.neg("a"))
attempt("itemgetter()", lambda: op.itemgetter())
attempt("itemgetter(5)([1])", lambda: op.itemgetter(5)([1]))
attempt("itemgetter(1)(1, 2)", lambda: op.itemgetter(1)(1, 2))
attempt("attrgetter(1)", lambda: op.attrgetter(1))
attempt("attrgetter('zz')(1)", lambda: op.attrgetter("zz")(1))
attempt("methodcaller()", lambda: op.methodcaller())
attempt("methodcaller(1)", lambda: op.methodcaller(1))
attempt("methodcaller('nope')(1)", lambda: op.methodcaller("nope")(1))
attempt("getitem({}, 'k')", lambda: op.getitem({}, "k"))
