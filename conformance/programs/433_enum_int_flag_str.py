# Covers: IntEnum (int-like arithmetic, comparisons and formatting, str() is the value in 3.11),
# Flag / IntFlag (auto powers of two, |, &, ^, ~, composite reprs, membership, iteration,
# bool of empty flag), StrEnum (auto lowercases names, str/format give the value, string ops),
# and member lookups by value. (IntEnum/StrEnum members are not int/str instances here.)
from enum import IntEnum, Flag, IntFlag, StrEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH, repr(Priority.LOW), Priority.MEDIUM + 1, Priority.HIGH * 2, Priority.LOW == 1, Priority(2))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), Priority.HIGH > Priority.LOW, Priority.LOW < 2)
print(f"{Priority.HIGH:03d}", f"{Priority.MEDIUM}", str(Priority.LOW), int(Priority.HIGH), [10, 20, 30, 40][Priority.MEDIUM])
print(max(Priority), list(range(Priority.HIGH)), Priority.HIGH.name, Priority(3) is Priority.HIGH, hash(Priority.LOW) == hash(1))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(repr(Perm.R), repr(rw), rw, Perm.R in rw, Perm.X in rw, list(rw), repr(~Perm.R), repr(Perm(0)), bool(Perm(0)))
print(repr(rw & Perm.W), repr(rw ^ Perm.R), Perm(6), [p.value for p in Perm], repr(Perm), len(rw))


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(repr(m), m, m == 6, Mode.READ | 1, repr(Mode(5)), m & Mode.WRITE == Mode.WRITE, f"{m:o}")


class Pet(StrEnum):
    CAT = auto()
    DOG = auto()
    FISH = "goldfish"


print(Pet.CAT, repr(Pet.DOG), Pet.FISH, Pet("cat"), Pet.CAT == "cat", Pet.FISH.upper(), f"[{Pet.DOG:>5}]", len(Pet.FISH))
print([p.value for p in Pet], "cat" in [Pet.CAT], Pet.DOG + "s", sorted([Pet.FISH, Pet.CAT]))
