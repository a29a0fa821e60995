# Covers: dataclasses: defaults, factories, order/frozen/slots/kw_only, InitVar, __post_init__, asdict/astuple/replace/fields, string ClassVar annotations.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY
import dataclasses
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1); q = P(1, 2, ['a'])
print(p, q, p == P(1), p != q)
print(asdict(q), astuple(q), replace(p, y=5))
print([f.name for f in fields(P)], P.__dataclass_fields__['y'].default)
@dataclass(order=True, frozen=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(1, 2), V(0, 9), V(1, 0)]), V(1) < V(2), hash(V(1)) == hash(V(1)))
try: V(1).major = 3
except FrozenInstanceError as e: print(type(e).__name__, e)
try: P()
except TypeError as e: print(e)
try: P(1, 2, [], 4)
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
@dataclass
class C:
    a: int
    b: InitVar[int] = 1
    c: int = field(init=False)
    def __post_init__(self, b): self.c = self.a * b
print(C(3, 4), C(3))
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(K(1, c=9))
try: K(1, 2)
except TypeError as e: print(e)
@dataclass(kw_only=True)
class KO:
    a: int
print(KO(a=1))
@dataclass
class Base:
    a: int = 1
@dataclass
class Derived(Base):
    b: str = "x"
print(Derived(), Derived(5, "y"), Derived.__mro__[1].__name__)
@dataclass(repr=False, eq=False)
class NoRepr:
    a: int
n = NoRepr(1); print(n == NoRepr(1), n.a)
@dataclass
class WithCls:
    x: int
    count: 'typing.ClassVar[int]' = 0
print(WithCls(1))
@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2
s = Slotted(1); print(s, hasattr(s, '__dict__'), Slotted.__slots__)
@dataclass(unsafe_hash=True)
class UH:
    a: int
print(hash(UH(1)) == hash(UH(1)))
@dataclass
class Unh:
    a: int
print(Unh.__hash__)
@dataclass
class Rec:
    name: str
    children: list = field(default_factory=list, repr=False, compare=False)
print(Rec("a"), Rec("a", [1]) == Rec("a", [2]))
print(dataclasses.is_dataclass(Rec), dataclasses.is_dataclass(Rec("x")), dataclasses.is_dataclass(3))
@dataclass
class Nested:
    p: P
    items: list
print(asdict(Nested(P(1), [P(2), {'k': P(3)}])))
f = fields(P)[2]
print(f.name, f.type, f.default_factory is list, f.init, f.repr)
@dataclass(frozen=True)
class FrozenPost:
    a: int
    b: int = 0
    def __post_init__(self):
        object.__setattr__(self, 'b', self.a * 2)
print(FrozenPost(4))
@dataclass
class Defaults:
    a: int = field(default=5, metadata={'unit': 'm'})
print(fields(Defaults)[0].metadata['unit'], Defaults())
