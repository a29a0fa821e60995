# Covers: subclasses of built-in types: default reprs (set/deque/Counter/OrderedDict/defaultdict subclasses), result types of inherited operations, overridden __getitem__/__len__/__iter__/__eq__, __missing__.
from collections import deque, Counter, OrderedDict, defaultdict, ChainMap
class L(list): pass
class D(dict): pass
class S(set): pass
class FS(frozenset): pass
class T(tuple): pass
class B(bytes): pass
class BA(bytearray): pass
class Q(deque): pass
class C(Counter): pass
class OD(OrderedDict): pass
class DD(defaultdict): pass
class I(int): pass
class F(float): pass
class Str(str): pass
class Cx(complex): pass
class R:
    pass
for obj in [L([1, 2]), D(a=1), S({1}), S(), FS({2}), FS(), T((1,)), B(b'x'), BA(b'y'), Q([1]), Q([1], maxlen=3), C('aab'), OD(a=1), DD(list, a=[1]), I(5), F(1.5), Str('s'), Cx(1, 2)]:
    print(type(obj).__name__, repr(obj), str(obj))
l = L([3, 1, 2]); l.sort(); print(l, type(l[:1]).__name__, type(l + l).__name__, type(l * 2).__name__, type(l.copy()).__name__)
d = D(a=1); print(type(d.copy()).__name__, type(d | {}).__name__, D.fromkeys('ab'), type(D.fromkeys('ab')).__name__)
s = S({1, 2}); print(type(s | {3}).__name__, type(s.copy()).__name__, type(s - {1}).__name__, S.__name__)
t = T((1, 2)); print(type(t[:1]).__name__, type(t + t).__name__, t == (1, 2), hash(t) == hash((1, 2)))
print(type(I(5) + 1).__name__, type(-I(5)).__name__, type(abs(I(-5))).__name__, type(I(5) // 2).__name__)
print(type(Str('a') + 'b').__name__, type(Str('a').upper()).__name__, type(Str('ab')[0]).__name__, type(Str('a') * 2).__name__)
print(type(F(1.5) * 2).__name__, type(round(F(1.5))).__name__, F(2.0).is_integer())
class Rep(list):
    def __repr__(self): return "Rep" + super().__repr__()
print(Rep([1]), [Rep([2])], str(Rep([3])))
class MyDict(dict):
    def __getitem__(self, k): return super().__getitem__(k.lower())
md = MyDict(a=1)
print(md['A'], md.get('A'), 'A' in md, dict(md), {**md})
class MyList(list):
    def __len__(self): return 99
    def __iter__(self): return iter([7, 8])
ml = MyList([1, 2, 3])
print(len(ml), list(ml), sorted(ml), [x for x in ml], ml, sum(ml), bool(MyList()))
class MyStr(str):
    def __len__(self): return 0
    def __iter__(self): return iter("zz")
    def __eq__(self, o): return True
    __hash__ = str.__hash__
ms = MyStr("abc")
print(len(ms), list(ms), ms == "x", "".join(ms), ms.upper(), f"{ms}", ms in {"abc": 1})
class Dflt(dict):
    def __missing__(self, k): return k * 2
dd2 = Dflt(); print(dd2['ab'], dd2.get('ab'), 'ab' in dd2, dd2)
class ListInit(list):
    def __init__(self, *args):
        super().__init__(args)
print(ListInit(1, 2, 3))
class TupNew(tuple):
    def __new__(cls, *args): return super().__new__(cls, args)
print(TupNew(1, 2), len(TupNew(1)))
class SetSub(set):
    def add(self, x): super().add(x * 10)
ss = SetSub(); ss.add(1); ss |= {2}; print(ss, type(ss).__name__)
