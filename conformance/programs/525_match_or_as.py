# Covers: or-patterns (alternatives tried left to right, each on the same subject; alternatives
# binding the same names in different orders or at different depths), as-patterns (binding the
# whole and the parts), or-patterns nested in sequences, mappings and class patterns.
from dataclasses import dataclass


def classify(x):
    match x:
        case 0 | 1 | 2:
            return "tiny"
        case "a" | "e" | "i" | "o" | "u":
            return "vowel"
        case [x, 0] | [0, x]:
            return f"one zero, other {x}"
        case (a, b) | [a, b, _] | {"a": a, "b": b}:
            return f"a={a} b={b}"
        case [lo, hi] | (hi, lo, "reversed"):
            return f"range {lo}..{hi}"
        case _:
            return "other"


for v in [1, "e", "z", [5, 0], (0, 7), (3, 4), [3, 4, 5], {"a": 9, "b": 8, "c": 7}, (9, 1, "reversed"),
          [1, 2, 3, 4]]:
    print(repr(v), "->", classify(v))

# Captures in different orders across alternatives end up with the right values.
for v in [("x", 1, 2), ("y", 2, 1), ("z", 0, 0)]:
    match v:
        case ("x", first, second) | ("y", second, first):
            print(v, "first", first, "second", second)
        case _:
            print(v, "no match")

# Deeper reordering: three names, each alternative in another order.
for v in [[1, [2, 3]], [[3, 2], 1], {"c": 3, "b": 2, "a": 1}]:
    match v:
        case [a, [b, c]] | [[c, b], a] | {"a": a, "b": b, "c": c}:
            print("a b c =", a, b, c)

# As-patterns bind the whole and the parts.
match [1, [2, 3]]:
    case [first, [_, _] as inner] as whole:
        print(first, inner, whole)

match (1, 2):
    case (1 | 2) as a, (1 | 2) as b:
        print("both small:", a, b)

match 3:
    case (1 | 2 | 3) as n:
        print("n is", n)

match "open the door":
    case str() as text if " " in text:
        print("several words:", text.split())


@dataclass
class Key:
    name: str


@dataclass
class Click:
    button: str
    x: int = 0
    y: int = 0


def event(e):
    match e:
        case Key("q" | "Q") | Key("escape"):
            return "quit"
        case Key(name=("left" | "right") as direction):
            return "turn " + direction
        case Click("left" | "middle" as b, x, y) | Click(b, x=x, y=y) if b == "right":
            return f"{b} click at {x},{y}"
        case Key(k) | Click(button=k):
            return "ignored " + k


for e in [Key("Q"), Key("escape"), Key("left"), Click("middle", 1, 2), Click("right", y=5),
          Click("back"), Key("z")]:
    print(e, "->", event(e))

# Or-patterns in mapping values and with **rest.
for cfg in [{"mode": "fast", "level": 1}, {"mode": "safe", "debug": True}, {"mode": "weird"}]:
    match cfg:
        case {"mode": "fast" | "turbo" as mode, **rest} | {"mode": "safe" as mode, **rest}:
            print("mode", mode, "rest", rest)
        case {"mode": m}:
            print("unknown mode", m)

# Alternatives are tried in order; the first that matches wins.
trace = []


class Probe:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        trace.append(other)
        return self.v == other

    __hash__ = None


match Probe(3):
    case 1 | 2 | 3 | 4:
        print("matched after comparing with", trace)
