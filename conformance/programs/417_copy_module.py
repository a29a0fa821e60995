# Covers: copy.copy / copy.deepcopy of nested containers, shared references and cycles kept
# (memo), tuples of immutables returned as is, user classes (plain, __slots__, __copy__,
# __deepcopy__ with memo, __getstate__/__setstate__, __reduce__), subclasses of list/dict,
# namedtuple, defaultdict, Counter, OrderedDict, deque, sets and frozensets.
import copy
from collections import namedtuple, defaultdict, Counter, OrderedDict, deque

shared = [1, 2]
data = {"a": shared, "b": shared, "t": (shared, 3), "s": {4, 5}, "n": None}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
print(shallow["a"] is shared, deep["a"] is shared, deep["a"] is deep["b"], deep["t"][0] is deep["a"], deep == data)
t = (1, "two", 3.0, (4, 5))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None, copy.copy(frozenset({1})) == {1})
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is not cyc, repr(c2))
d = {}
d["self"] = d
print(copy.deepcopy(d)["self"] is not d)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
p.tags.append("a")
p1, p2 = copy.copy(p), copy.deepcopy(p)
p.tags.append("b")
print(p1, p2, p1.tags is p.tags, type(p2).__name__)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


s = copy.deepcopy(Slotted([1, 2]))
print(s.a, hasattr(s, "b"))


class Tracked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("  __copy__ called")
        return Tracked(self.v)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called with memo of", type(memo).__name__)
        return Tracked(copy.deepcopy(self.v, memo))


tr = Tracked([1])
print(copy.copy(tr).v is tr.v, copy.deepcopy(tr).v is tr.v)


class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = "open-socket"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = "reconnected"


c = copy.deepcopy(Conn("db"))
print(c.host, c.socket)


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Pair, (self.b, self.a))


q = copy.copy(Pair(1, 2))
print(q.a, q.b)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([[1], [2]])
ml.label = "L"
md = MyDict(k=[1])
ml2, md2 = copy.deepcopy(ml), copy.copy(md)
print(type(ml2).__name__, ml2, ml2.label, ml2[0] is ml[0], type(md2).__name__, md2, md2["k"] is md["k"])
P = namedtuple("P", "x y")
np_ = copy.deepcopy(P([1], 2))
print(np_, type(np_).__name__, copy.copy(P(1, 2)) == P(1, 2))
dd = defaultdict(list, a=[1])
dd2 = copy.deepcopy(dd)
dd2["b"].append(2)
print(dd2, dd, copy.copy(dd).default_factory)
cnt = Counter("hello")
od = OrderedDict(z=1, a=2)
dq = deque([[1], [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(copy.copy(cnt), copy.deepcopy(od), dq2, dq2.maxlen, dq2[0] is dq[0], copy.copy(dq)[0] is dq[0])
st = {1, 2, (3, 4)}
print(copy.deepcopy(st) == st, type(copy.deepcopy(frozenset(st))).__name__, copy.copy([1, [2]])[1] is not None)
print(copy.deepcopy(len) is len, copy.deepcopy(Point) is Point, copy.copy(range(3)), copy.deepcopy(3.5))
