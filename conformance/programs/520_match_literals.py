# Covers: match with literal, value (dotted name), singleton, capture and wildcard patterns;
# numeric equality (1 == 1.0 == True) versus identity for None/True/False; negative and complex
# literals, implicit string concatenation, bytes; the subject evaluated once; no case matching.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Limits:
    LOW = 0
    HIGH = 100


def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "two j"
        case -3 + 4j:
            return "complex"
        case "hello" " world":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "red"
        case Limits.HIGH:
            return "high"
        case _:
            return "other " + repr(x)


for v in [0, 0.0, -0.0, False, -1, 1.5, 2j, complex(-3, 4), "hello world", b"raw", bytearray(b"raw"),
          None, True, 1, 1.0, False, Color.RED, Color.GREEN, 100, 100.0, "zero", [], ()]:
    print(repr(v), "->", describe(v))

# True matches `case 1` (equality) but `case True` only matches True itself (identity).
def one(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "== 1"
    return "no match"


print(one(True), one(1), one(1.0), one(2))

# A capture pattern binds; the wildcard does not.
def capture(x):
    match x:
        case 42:
            return "answer"
        case other:
            return f"captured {other!r}"


print(capture(42), capture("x"), capture([1, 2]))

# The subject is evaluated exactly once.
calls = []


def subject():
    calls.append(1)
    return 7


match subject():
    case 1:
        print("one")
    case 2:
        print("two")
    case 7:
        print("seven")
print("subject evaluated", len(calls), "time(s)")

# No case matches: nothing runs, execution continues.
match "nothing":
    case "a":
        print("a")
    case "b":
        print("b")
print("after no match")

# __eq__ of the subject is consulted for value patterns (the literal's __eq__ first).
class Weird:
    def __eq__(self, other):
        print("Weird.__eq__", repr(other))
        return other == 3

    __hash__ = None


match Weird():
    case 1:
        print("1?")
    case 3:
        print("matched 3 via __eq__")

# Value patterns look the name up each time the case is tried.
class Box:
    value = 5


for attempt in range(2):
    match 6:
        case Box.value:
            print("matched Box.value", Box.value)
        case _:
            print("no match; bumping")
            Box.value = 6

# Float corner cases: nan never equals, inf does.
for v in [float("nan"), float("inf"), -float("inf")]:
    match v:
        case 1e400:
            print(v, "is inf literal")
        case -1e400:
            print(v, "is -inf literal")
        case _:
            print(v, "no literal")
