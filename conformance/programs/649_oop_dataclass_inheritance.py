# Covers: dataclass inheritance and its errors (frozen mixing, order without eq, explicit __lt__/__hash__ conflicts), __post_init__ chains, recursive repr, make_dataclass, frozen errors, replace/fields/asdict errors.
from dataclasses import dataclass, field, make_dataclass, fields, asdict, is_dataclass
import dataclasses
def t(f):
    try: print("ok", f())
    except Exception as e: print(type(e).__name__ + ":", e)
@dataclass
class A:
    x: int
    y: int = 1
@dataclass
class B(A):
    z: int = 2
    x: int = 10
print(B(), B(1, 2, 3), [f.name for f in fields(B)])
@dataclass
class C:
    a: int
print(A(1) == B(1), A(1) == A(1), C(1) == A(1), A(1) != A(2))
def bad_frozen():
    @dataclass(frozen=True)
    class F: a: int = 0
    @dataclass
    class G(F): b: int = 0
t(bad_frozen)
def bad_frozen2():
    @dataclass
    class F: a: int = 0
    @dataclass(frozen=True)
    class G(F): b: int = 0
t(bad_frozen2)
def bad_order():
    @dataclass(order=True, eq=False)
    class O: a: int
t(bad_order)
def bad_order2():
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, o): return True
t(bad_order2)
def hash_conflict():
    @dataclass(unsafe_hash=True)
    class H:
        a: int
        def __hash__(self): return 1
t(hash_conflict)
@dataclass(eq=False)
class NoEq:
    a: int
n1 = NoEq(1)
print(n1 == NoEq(1), n1 == n1, NoEq.__hash__ is object.__hash__)
@dataclass
class Post:
    a: int
    def __post_init__(self): print("Post.__post_init__", self.a)
@dataclass
class Post2(Post):
    b: int = 0
    def __post_init__(self):
        super().__post_init__()
        print("Post2.__post_init__", self.b)
Post2(1, 2)
@dataclass
class Tree:
    val: int
    kids: list = field(default_factory=list)
r = Tree(1); r.kids.append(r)
print(repr(r))
D = make_dataclass('D', [('p', int), ('q', str, field(default='q'))], namespace={'hi': lambda self: f"hi {self.p}"})
print(D(1), D(2).hi(), is_dataclass(D), D.__name__, D.__qualname__)
E = make_dataclass('E', [('a', int, 0), ('b', int, 0)], bases=(A,))
print(E(5, 6, 7), [f.name for f in fields(E)])
@dataclass
class Opt:
    a: int = field(default=1, init=False)
    b: list = field(default_factory=lambda: [1])
    c: int = field(default=3, kw_only=True)
print(Opt(), Opt([2], c=4))
t(lambda: Opt(5, 6))
@dataclass
class WithProp:
    _x: int = 0
    @property
    def x(self): return self._x
print(WithProp(5).x, WithProp())
@dataclass(frozen=True)
class FZ:
    a: int
    b: tuple = ()
f = FZ(1)
t(lambda: setattr(f, 'a', 2))
t(lambda: delattr(f, 'a'))
t(lambda: setattr(f, 'new', 2))
print(hash(f) == hash(FZ(1)), {f: 1}[FZ(1)], dataclasses.replace(f, a=3))
t(lambda: dataclasses.replace(f, zz=1))
t(lambda: fields(5))
t(lambda: asdict(A))
@dataclass
class Ann:
    a: 'int'
    b: 'list[str]' = field(default_factory=list)
print(Ann.__annotations__, Ann(1))
print(A.__match_args__, B.__match_args__, A.__dataclass_params__.frozen if hasattr(A, '__dataclass_params__') else '')
print(repr(fields(A)[0]).split('(')[0], fields(A)[1].default, fields(A)[0].default is dataclasses.MISSING)
