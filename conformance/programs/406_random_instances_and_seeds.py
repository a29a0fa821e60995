# Covers: random.Random instances (independent streams), seeds of every supported type (int, negative
# int, big int, float, str, bytes, bytearray, version=1), seed() with no argument, getstate/setstate
# round trips, subclassing Random (overriding random(), extra methods), SystemRandom type,
# and random's TypeError/ValueError/IndexError messages.
import random

r1, r2 = random.Random(42), random.Random(42)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100), type(r1).__name__)
for seed in (0, 1, -1, 12345, -12345, 2**64 + 7, 3.5, -3.5, 0.0, "hello", "héllo €", b"bytes", bytearray(b"ba"), True):
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randrange(1000))
r = random.Random()
r.seed("abc", version=1)
print(r.random())
r.seed(b"abc", version=1)
print(r.random())
r.seed(7)
g = r.gauss()
st = r.getstate()
print(g, r.gauss(), r.random())
r.setstate(st)
print(r.gauss(), r.random())
u1 = random.Random()
u2 = random.Random()
print(u1.random() != u2.random(), isinstance(u1.random(), float))


class Dice(random.Random):
    def roll(self, n=1):
        return [self.randint(1, 6) for _ in range(n)]


d = Dice(99)
print(d.roll(5), isinstance(d, random.Random), Dice.__mro__[1].__name__)


class Fixed(random.Random):
    def random(self):
        return 0.5


f = Fixed(1)
print(f.random(), f.uniform(0, 10), f.choices("abcd", k=3), f.triangular(0, 1))
print(issubclass(random.SystemRandom, random.Random))


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("seed([1])", lambda: random.seed([1]))
attempt("randrange(0)", lambda: random.randrange(0))
attempt("randrange(5, 1)", lambda: random.randrange(5, 1))
attempt("randrange(1, 5, 0)", lambda: random.randrange(1, 5, 0))
attempt("randrange(1, 10, -1)", lambda: random.randrange(1, 10, -1))
attempt("randrange(5, None, 2)", lambda: random.randrange(5, None, 2))
attempt("randint(1)", lambda: random.randint(1))
attempt("randint(5, 1)", lambda: random.randint(5, 1))
attempt("choice([])", lambda: random.choice([]))
attempt("choice({1, 2})", lambda: random.choice({1, 2}))
attempt("choice(5)", lambda: random.choice(5))
attempt("sample([1, 2], 3)", lambda: random.sample([1, 2], 3))
attempt("sample({1, 2}, 1)", lambda: random.sample({1, 2}, 1))
attempt("sample([1], -1)", lambda: random.sample([1], -1))
attempt("sample('ab', 1, counts=[1])", lambda: random.sample("ab", 1, counts=[1]))
attempt("choices([], k=2)", lambda: random.choices([], k=2))
attempt("choices('ab', [1])", lambda: random.choices("ab", [1]))
attempt("choices('ab', 2)", lambda: random.choices("ab", 2))
attempt("choices('ab', [0, 0])", lambda: random.choices("ab", [0, 0]))
attempt("choices('ab', [1, 1], cum_weights=[1, 2])", lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]))
attempt("shuffle((1, 2))", lambda: random.shuffle((1, 2)))
attempt("getrandbits(-1)", lambda: random.getrandbits(-1))
attempt("randbytes(-1)", lambda: random.randbytes(-1))
attempt("gammavariate(-1, 1)", lambda: random.gammavariate(-1, 1))
attempt("expovariate(0)", lambda: random.expovariate(0))
attempt("setstate((1, 2, 3))", lambda: random.setstate((1, 2, 3)))
attempt("setstate((3, (1, 2), None))", lambda: random.setstate((3, (1, 2), None)))
attempt("random(1)", lambda: random.random(1))
attempt("Random(1).choice()", lambda: random.Random(1).choice())
attempt("shuffle(x=[1], y=2)", lambda: random.shuffle([1], y=2))
