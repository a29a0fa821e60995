# Covers: matching dataclasses (generated __match_args__: init fields only, keyword-only fields
# left out, match_args=False), namedtuple and typing.NamedTuple (class patterns and sequence
# patterns), enums as value patterns, and a small shape calculator built on them.
import collections
import dataclasses
import enum
import math
import typing
from dataclasses import dataclass, field


@dataclass
class Circle:
    radius: float


@dataclass
class Rect:
    width: float
    height: float
    label: str = "rect"


@dataclass
class Tagged:
    name: str
    hidden: int = field(default=0, init=False)
    _: dataclasses.KW_ONLY
    tag: str = "none"


@dataclass(match_args=False)
class NoArgs:
    a: int


print("Circle", Circle.__match_args__)
print("Rect", Rect.__match_args__)
print("Tagged", Tagged.__match_args__)
print("NoArgs has __match_args__:", hasattr(NoArgs, "__match_args__"))


def area(shape):
    match shape:
        case Circle(r):
            return round(math.pi * r * r, 2)
        case Rect(w, h) if w == h:
            return f"square {w * h}"
        case Rect(w, h, label=lbl):
            return f"{lbl} {w * h}"
        case _:
            return "unknown shape"


for s in [Circle(1), Rect(2, 2), Rect(2, 3, "door"), "circle"]:
    print(s, "->", area(s))

match Tagged("t", tag="x"):
    case Tagged(name, tag=tag, hidden=h):
        print("Tagged", name, tag, h)

try:
    match Tagged("t"):
        case Tagged(name, tag):
            print("two positional?")
except TypeError as e:
    print("TypeError:", e)

try:
    match NoArgs(1):
        case NoArgs(a):
            print("positional?")
except TypeError as e:
    print("TypeError:", e)

match NoArgs(1):
    case NoArgs(a=1):
        print("NoArgs(a=1) by keyword")

# namedtuple: __match_args__ are the fields; it is also a sequence.
Point = collections.namedtuple("Point", "x y")
print("Point", Point.__match_args__)
for p in [Point(0, 0), Point(1, 0), Point(3, 4)]:
    match p:
        case Point(0, 0):
            print(p, "origin")
        case Point(x, 0):
            print(p, "on x at", x)
        case (x, y):
            print(p, "as a sequence:", x, y)


class Employee(typing.NamedTuple):
    name: str
    dept: str
    salary: int = 0


print("Employee", Employee.__match_args__)
staff = [Employee("ann", "eng", 120), Employee("bob", "ops"), Employee("cy", "eng", 90)]
for e in staff:
    match e:
        case Employee(name, "eng", salary) if salary > 100:
            print(name, "senior engineer")
        case Employee(name, "eng"):
            print(name, "engineer")
        case Employee(name=n, salary=0):
            print(n, "unpaid")


# Enums as value patterns (dotted names) and as class patterns.
class Op(enum.Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"


def apply(op, a, b):
    match op:
        case Op.ADD:
            return a + b
        case Op.SUB:
            return a - b
        case Op():
            return f"unsupported {op.name}"


for op in Op:
    print(op.value, apply(op, 6, 3))


# Dataclasses nested inside sequences and mappings.
@dataclass
class Move:
    dx: int
    dy: int


@dataclass
class Say:
    text: str


script = [Move(1, 0), Say("hi"), [Move(0, 1), Move(0, 1)], {"repeat": 2, "cmd": Say("again")}, Move(0, 0)]
pos = [0, 0]
for step in script:
    match step:
        case Move(0, 0):
            print("stand still")
        case Move(dx, dy):
            pos[0] += dx
            pos[1] += dy
            print("move to", pos)
        case Say(text=t):
            print("say", t)
        case [Move() as first, *more]:
            print("batch of", 1 + len(more), "starting", first)
        case {"repeat": int(n), "cmd": Say(t)}:
            print(" / ".join([t] * n))
