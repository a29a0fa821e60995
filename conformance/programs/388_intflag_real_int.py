# Covers: IntFlag members are real ints: | & ^ ~ with members and plain ints give members
# (composite pseudo-members named A|B, unknown bits kept as numbers, negative values wrapped),
# other arithmetic gives plain ints, str()/format() give the value and repr names the flags,
# membership, iteration over a composite, len(), bool of the empty flag, hashing equal to the
# value, lookups by value, auto() powers of two, and plain Flag alongside for comparison.
from enum import Flag, IntFlag, auto


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(isinstance(rw, int), rw, str(rw), repr(rw), f'{rw}', f'{rw:03b}', format(rw, 'x'), '%d %s %r' % (rw, rw, rw), rw == 6, hash(rw) == hash(6), type(rw).__name__)
print(rw + 1, type(rw + 1).__name__, Perm.R * 2, type(Perm.R * 2).__name__, Perm.R + Perm.W, -Perm.X, Perm.R >> 1, type(Perm.R >> 1).__name__, int(rw), float(rw))
print(repr(Perm.R | 1), repr(1 | Perm.R), repr(Perm.R & Perm.W), repr(rw & Perm.W), repr(rw & 2), repr(6 & Perm.R), repr(rw ^ Perm.R), repr(Perm.X ^ 3))
print(repr(~Perm.R), repr(~rw), repr(~Perm(0)), repr(~Perm(7)), repr(Perm(0)), repr(Perm(7)), repr(Perm(9)), repr(Perm(-1)), repr(Perm(-3)), repr(Perm(16)))
print(Perm.R in rw, Perm.X in rw, Perm(0) in rw, list(rw), list(Perm(7)), list(Perm(0)), len(rw), len(Perm(0)), bool(Perm(0)), bool(Perm.X))
print(list(Perm), Perm(6) is rw, [p.name for p in Perm(7)], rw.name, rw.value, Perm(9).name, Perm(0).name, Perm['W'], Perm(Perm.R) is Perm.R)
print(sorted([Perm.X, Perm.R, Perm.W]), {Perm.R: 'r'}[4], {4: 'four'}[Perm.R], ['a', 'b', 'c'][Perm.W], range(Perm.R), max(Perm), sum(Perm))
try:
    Perm.R in 4
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in rw
except TypeError as e:
    print(type(e).__name__, e)
try:
    Perm('r')
except ValueError as e:
    print(type(e).__name__, e)


class Opt(IntFlag):
    A = auto()
    B = auto()
    C = auto()
    D = auto()


combo = Opt.A | Opt.C | Opt.D
print(list(Opt), [o.value for o in Opt], repr(combo), combo, list(combo), repr(combo & ~Opt.C), repr(Opt(15)), repr(Opt.B | 32), f'{combo:#06x}')


class Sparse(IntFlag):
    A = 1
    C = 4


print(repr(~Sparse.A), repr(Sparse(2)), repr(Sparse(6)), repr(Sparse(7)), repr(Sparse(-1)), repr(~Sparse(0)))


class Order(IntFlag):
    HIGH = 2
    LOW = 1


print(repr(Order(3)), list(Order(3)), repr(Order.HIGH | Order.LOW))


class Color(Flag):
    RED = auto()
    GREEN = auto()


print(isinstance(Color.RED, int), repr(Color.RED | Color.GREEN), str(Color.RED | Color.GREEN), isinstance(Perm.R, Flag), isinstance(Perm.R, IntFlag))
try:
    Color.RED | 1
except TypeError as e:
    print(type(e).__name__, e)
