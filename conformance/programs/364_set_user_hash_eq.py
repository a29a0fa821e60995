# Covers: sets of user objects with __hash__/__eq__: how often and in which order __eq__ runs (identity first, equal hashes only), __eq__ that mutates the set, __hash__ errors, NotImplemented from __eq__.
log = []
class P:
    def __init__(self, v, h=None):
        self.v = v
        self.h = v if h is None else h
    def __hash__(self):
        log.append(('hash', self.v))
        return self.h
    def __eq__(self, other):
        log.append(('eq', self.v, getattr(other, 'v', other)))
        return isinstance(other, P) and self.v == other.v
    def __repr__(self):
        return f'P{self.v}'
a, b, c = P(1), P(2), P(1)
s = {a, b}
print(s, log); log.clear()
s.add(c)
print(s, log); log.clear()
s.add(a)
print(s, log); log.clear()
print(c in s, P(3) in s, log); log.clear()
coll = {P(i, 7) for i in range(5)}
print(sorted(coll, key=lambda p: p.v), log[:6], len(log)); log.clear()
print(P(3, 7) in coll, log); log.clear()
coll.discard(P(2, 7))
print(len(coll), log); log.clear()
t = {P(10, 1), P(11, 1)}
u = {P(11, 1), P(12, 1)}
log.clear()
print(t & u, log); log.clear()
print(t - u, log); log.clear()
print(t == u, t <= u, log); log.clear()
class Grower:
    def __init__(self, box):
        self.box = box
    def __hash__(self):
        return 0
    def __eq__(self, other):
        if len(self.box) < 20:
            self.box.add(len(self.box) + 1000)
        return False
box = set()
box.add(Grower(box))
box.add(Grower(box))
print(len(box), sorted(x for x in box if isinstance(x, int)))
class Bad:
    def __hash__(self):
        raise ValueError('no hash for you')
try:
    {1, Bad()}
except ValueError as e:
    print('ValueError', e)
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError('eq failed')
bs = {BadEq()}
try:
    BadEq() in bs
except RuntimeError as e:
    print('RuntimeError', e)
print(1 in bs)
class NI:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        return NotImplemented
n1 = NI()
print(len({n1, NI(), n1}), 5 in {n1})
class HashBig:
    def __hash__(self):
        return 2**70
print(hash(HashBig()), len({HashBig(), HashBig()}))
class Same:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 42
print(len({Same(), Same(), 42}), 42 in {Same()})
