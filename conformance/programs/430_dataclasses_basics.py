# Covers: dataclasses: generated __init__/__repr__/__eq__ (argument errors), defaults and
# default_factory, order=True sorting, frozen=True (FrozenInstanceError, hashing), ClassVar and
# InitVar, __post_init__, field(init=False/repr=False), asdict/astuple (recursive), fields, replace,
# KW_ONLY, make_dataclass, inheritance, eq=False, unsafe_hash, __match_args__ and the default __doc__.
from dataclasses import dataclass, field, asdict, astuple, fields, replace, FrozenInstanceError, is_dataclass, InitVar, KW_ONLY, make_dataclass
from typing import List, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0
print(Point(1, 2), Point(3), Point(1, 2) == Point(1, 2), Point(1) == (1, 0))
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)

@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
    tags: tuple = ()
vs = sorted([Ver(1, 2), Ver(1, 0), Ver(0, 9)])
print(vs, Ver(1) < Ver(2), hash(Ver(1, 2)) == hash(Ver(1, 2)))
try:
    vs[0].major = 5
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))

@dataclass
class Inv:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    total: ClassVar[int] = 0
    def add(self, it):
        self.items.append(it)
a = Inv('a'); b = Inv('b'); a.add('x')
print(a, b, asdict(a), astuple(a), [f.name for f in fields(Inv)], Inv.total)
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e: print(e)

@dataclass
class C:
    a: float
    b: float
    s: float = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.s = (self.a + self.b) * scale
print(C(1, 2), C(1, 2, 10), replace(C(1, 2), a=5))

@dataclass
class Node:
    val: int
    kids: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(is_dataclass(n), is_dataclass(Node), is_dataclass(1))

@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(K(1, c=5))
try: K(1, 2)
except TypeError as e: print(e)
D = make_dataclass('D', [('x', int), ('y', int, field(default=5))])
print(D(1), D.__module__)
@dataclass
class E(Point):
    z: int = 9
print(E(1, 2, 3), E.__eq__(E(1), Point(1)))
@dataclass(eq=False)
class F:
    v: int
print(F(1) == F(1), F.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class G:
    v: int
print(hash(G(3)) == hash((3,)), Point.__hash__)
print(Point.__init__.__qualname__, Point.__match_args__, Point.__doc__)
