# Covers: sequence patterns — which types count as sequences (list, tuple, range, deque,
# UserList, collections.abc.Sequence subclasses and registered classes; not str, bytes,
# bytearray, dict, set or iterators), fixed length, star patterns anywhere, star wildcards
# (indexed from the end with len - k, never a negative index), nesting, and [] / [*_].
import collections
import collections.abc


def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case [a, b]:
            return f"two: {a!r}, {b!r}"
        case [a, *rest]:
            return f"head {a!r} rest {rest!r}"
        case _:
            return "not a sequence"


values = [[], [1], (1, 2), [1, 2, 3], range(4), collections.deque("ab"), collections.UserList([9, 8, 7]),
          "ab", "", b"xy", bytearray(b"z"), {"a": 1}, {1, 2}, iter([1, 2]), 5, None,
          (x for x in ())]
for v in values:
    print(type(v).__name__, shape(v))

# The captured star is always a list, whatever the subject's type.
match (1, 2, 3, 4, 5):
    case [first, *middle, last]:
        print(first, middle, last, type(middle).__name__)

match range(10):
    case [*start, 8, 9]:
        print("start", start)

match [1, 2]:
    case [1, 2, *empty]:
        print("empty star", empty)

# Star wildcards index into the subject instead of unpacking it.
class Loud(collections.abc.Sequence):
    def __init__(self, data):
        self.data = data

    def __len__(self):
        print("  len")
        return len(self.data)

    def __getitem__(self, i):
        print("  getitem", i)
        if i < 0:
            raise IndexError("negative index!")
        return self.data[i]


print("first/last of Loud:")
match Loud([10, 20, 30, 40]):
    case [first, *_, last]:
        print("  ->", first, last)
print("second of Loud:")
match Loud([10, 20, 30]):
    case [_, second, *_]:
        print("  ->", second)
print("unpack Loud:")
match Loud([1, 2]):
    case [a, *b]:
        print("  ->", a, b)
print("only wildcards:")
match Loud([1, 2, 3]):
    case [_, _, *_]:
        print("  -> at least two")

# Registering a class with Sequence makes it a sequence for match.
class Pair:
    def __init__(self, a, b):
        self.items = [a, b]

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)


print("Pair before register:", shape(Pair(1, 2)))
collections.abc.Sequence.register(Pair)


class SubPair(Pair):
    pass


print("Pair after register:", shape(Pair(1, 2)), "|", shape(SubPair(3, 4)))

# Subclasses of list and tuple are sequences too.
class MyList(list):
    pass


class MyTuple(tuple):
    pass


print(shape(MyList([1, 2, 3])), "|", shape(MyTuple((4,))))

# Nested sequences and literals inside.
def route(cmd):
    match cmd:
        case ["go", ("north" | "south") as direction]:
            return "going " + direction
        case ["go", _]:
            return "can't go that way"
        case ["take", *objects] if objects:
            return "taking " + ", ".join(objects)
        case [("drop" | "throw"), obj, *_]:
            return "dropping " + obj
        case [[x, y], [z]]:
            return f"nested {x} {y} {z}"
        case _:
            return "unknown"


for c in [["go", "north"], ("go", "up"), ["take"], ["take", "lamp", "key"], ["throw", "ball", "far"],
          [[1, 2], [3]], [[1, 2], [3, 4]], "go north"]:
    print(c, "->", route(c))

# Length is checked before any element.
class Counted(list):
    def __len__(self):
        print("  len() called")
        return super().__len__()


match Counted([1, 2, 3]):
    case [a, b]:
        print("two?")
    case [a, b, c, d, *_]:
        print("four+?")
    case [a, *_]:
        print("head", a)
