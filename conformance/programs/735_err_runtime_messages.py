# Covers: exact messages of ~150 common runtime errors (operators, calls, subscripts, attributes,
# conversions, math, builtins, files, codecs, iterators) caught and printed as Type: message;
# the literal calls and subscripts also produce compile-time SyntaxWarnings.
import math
def f(a, b, c=1, *, d): pass
def g(x, /, y): pass
class K:
    def m(self, a): pass
    @property
    def p(self): return 1
    @staticmethod
    def s(): pass
cases = [
    lambda: "a" + 1, lambda: 1 + "a", lambda: [1] + (2,), lambda: {1} + {2}, lambda: None + 1, lambda: "a" * "b", lambda: "a" * 2.0, lambda: [1] * 1.5,
    lambda: -"a", lambda: ~1.5, lambda: "a" < 1, lambda: [1] < "a", lambda: None < None, lambda: {} < {}, lambda: 1 < 1j,
    lambda: len(5), lambda: iter(5), lambda: next(5), lambda: 5(), lambda: "abc"(), lambda: None(), lambda: [1][""], lambda: [1]["a"], lambda: "abc"["a"], lambda: "abc"[1.5], lambda: (1,)[None],
    lambda: {}[[1]], lambda: {[1]: 2}, lambda: {[]}, lambda: None[0], lambda: 5[0], lambda: len, 
    lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3, 4, d=1), lambda: f(1, 2, d=1, e=2), lambda: f(1, 2, a=1, d=1), lambda: g(x=1, y=2), lambda: g(), lambda: K().m(), lambda: K().m(1, 2), lambda: K.m(1), lambda: K().s(1), lambda: K().p(),
    lambda: setattr(K(), "p", 2), lambda: K().nope, lambda: K.nope, lambda: math.nope, lambda: "a".nope, lambda: (1).real2, lambda: None.x, lambda: [].appendd(1),
    lambda: int("1.5"), lambda: float("abc"), lambda: complex("x"), lambda: [].pop(), lambda: [].remove(1), lambda: [1].index(2), lambda: "abc".index("z"), lambda: (1,).index(5), lambda: {}.pop("k"), lambda: dict.fromkeys(1),
    lambda: [1, 2][5], lambda: "ab"[5], lambda: (1,)[3], lambda: range(3)[10], lambda: b"x"[3],
    lambda: "abc".split(""), lambda: "a,b".split(",", "x"), lambda: "x".join([1, 2]), lambda: "abc".replace(1, 2), lambda: "abc".startswith(["a"]), lambda: "{}".format(), lambda: "x".center(), 
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.acos(2), lambda: math.pow(0, -1),
    lambda: divmod(1, 0), lambda: 1 % 0, lambda: 1.0 % 0, lambda: 1 // 0.0, lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: 10 ** 400 * 1.0, lambda: 2.0 ** 5000, lambda: math.exp(1000),
    lambda: sorted([3, "a"]), lambda: max("a", 1), lambda: sum(["a"]), lambda: list(5), lambda: tuple(None), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: set(5), lambda: frozenset([[1]]),
    lambda: [x for x in 5], lambda: {**[]}, lambda: [*5], lambda: print(*5), lambda: f(**[]), lambda: f(**{1: 2}),
    lambda: K.__init__(5), lambda: object.__new__(5), lambda: type("X", (5,), {}), lambda: int.__add__("a", 1), lambda: isinstance(1, 1), lambda: issubclass(int, 1),
    lambda: open("/nonexistent/file.txt"), lambda: open(5.5), lambda: open("x", "rz"),
    lambda: chr(-5), lambda: ord(""), lambda: round("x"), lambda: abs("x"), lambda: pow("a", 2), lambda: hex(1.5), lambda: format(1, "q"), lambda: bool.__new__(5),
    lambda: list.append(1, 2), lambda: str.upper(5), lambda: [].sort(key=1), lambda: [3, 1].sort(reverse=None), lambda: "abc".encode("nope"), lambda: b"\xff".decode("utf-8"), lambda: "é".encode("ascii"),
    lambda: iter([]).__next__(), lambda: reversed(5), lambda: enumerate(5), lambda: zip(5), lambda: filter(5, [1]).__next__(),
    lambda: int.from_bytes("ab", "big"), lambda: (1).to_bytes(1, "middle"), lambda: (300).to_bytes(1, "big"), lambda: bytes(-1), lambda: bytearray("x"), 
    lambda: slice(1, 2)(3), lambda: range(1, 2, 0), lambda: [1, 2, 3][::0], lambda: "abc"[::0], 
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "OK", repr(r)[:60])
    except Exception as e:
        print(i, type(e).__name__, e)
