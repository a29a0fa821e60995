# Covers: rich comparisons, reflection priority, total_ordering, __eq__/__hash__ interplay, set/dict order and membership of objects with custom __hash__.
import functools
@functools.total_ordering
class Ver:
    def __init__(self, s): self.t = tuple(map(int, s.split('.')))
    def __eq__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.t == o.t
    def __lt__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.t < o.t
    def __repr__(self): return "Ver(%r)" % '.'.join(map(str, self.t))
vs = [Ver("1.2"), Ver("1.10"), Ver("1.3.1"), Ver("0.9")]
print(sorted(vs), max(vs), min(vs))
print(Ver("1.0") <= Ver("1.0"), Ver("2.0") > Ver("1.0"), Ver("1") >= Ver("2"))
try: Ver("1") < 3
except TypeError as e: print(e)
try: Ver("1") >= 3
except TypeError as e: print(e)
print(Ver("1") == 3, Ver("1") != 3)
class A:
    def __eq__(self, o): print("A.eq"); return NotImplemented
class B:
    def __eq__(self, o): print("B.eq"); return NotImplemented
print(A() == B())
print(A() != B())
class C:
    def __lt__(self, o): print("C.lt"); return True
class D(C):
    def __gt__(self, o): print("D.gt"); return False
print(C() < D())
print(D() > C())
class E:
    def __gt__(self, o): return "E.gt"
print(3 < E())
try: E() < E()
except TypeError as e: print(e)
try: [E()] < [E()]
except TypeError as e: print(e)
try: sorted([C(), 1, E()])
except TypeError as e: print(e)
class H:
    def __eq__(self, o): return True
try: hash(H())
except TypeError as e: print(e)
print(H.__hash__)
class H2(H):
    __hash__ = object.__hash__
print(type(hash(H2())).__name__)
class H3:
    def __hash__(self): return 42
    def __eq__(self, o): return isinstance(o, H3)
print(hash(H3()), len({H3(), H3()}))
class H4:
    def __hash__(self): return "x"
try: hash(H4())
except TypeError as e: print(e)
class H5:
    def __hash__(self): return 2**70
print(hash(H5()))
class H6:
    __hash__ = None
try: {H6()}
except TypeError as e: print(e)
try: {H6(): 1}
except TypeError as e: print(e)
class H7(H3):
    def __eq__(self, o): return False
try: hash(H7())
except TypeError as e: print(e)
class H8(H3): pass
print(hash(H8()))
class H9:
    def __hash__(self): return -1
print(hash(H9()))
class NE:
    def __eq__(self, o): return "yes"
print(NE() != 1, NE() == 1)
class NE2:
    def __ne__(self, o): return "ne2"
print(NE2() != 1, NE2() == NE2())
x = NE()
print([x] == [x], x in [x], [NE()] == [1])
class Bad:
    def __eq__(self, o): raise ValueError("bad eq")
try: Bad() in [1, 2]
except ValueError as e: print(e)
print(object() == object(), object.__eq__(1, 1), object.__ne__(1, 2), object.__lt__(1,2))

class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x},{self.y})"
s = {P(i % 7, i % 3) for i in range(30)}
print(s)
print(len(s), P(1, 1) in s, {P(1, 2), P(1, 2)})
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o): return self is o
    def __repr__(self): return f"H{self.h}"
print({H(h) for h in [100, 3, -5, 2**40, 7, 8, 16, 32, 0, -1]})
d = {H(h): h for h in [5, 1, 9]}
print(d, list(d.values()))
fs = frozenset([P(1, 2), P(3, 4), P(0, 0)])
print(fs, hash(fs) == hash(frozenset([P(0, 0), P(3, 4), P(1, 2)])))
s2 = set()
for i in range(20): s2.add(H(i * 37 % 11))
s2.discard(next(iter(s2)))
print(s2)
print(sorted(s, key=lambda p: (p.x, p.y))[:5], {P(1, 1): 'a'} == {P(1, 1): 'a'}, {P(1, 1)} == {P(1, 1)}, {P(1,1)} <= {P(1,1), P(2,2)})
