# Covers: guards (evaluated only after the pattern matched, after its names are bound), names
# left bound when a guard fails, names NOT bound when a pattern fails part-way (captures are
# stored only once the whole pattern matched), bindings from a failed or-pattern alternative,
# the walrus operator in guards, and a trailing `case _` with and without a guard.
def show(*names):
    env = globals()
    return " ".join(f"{n}={env[n]!r}" if n in env else f"{n}=<unbound>" for n in names)


# A pattern that fails part-way binds nothing: `a` would match 1, but 2 != 3.
match [1, 3]:
    case [a, 2]:
        print("no")
    case _:
        print("after [a, 2] vs [1, 3]:", show("a"))

# A pattern that matches but whose guard fails leaves its names bound.
match [1, 3]:
    case [b, c] if b > c:
        print("no")
    case _:
        print("after failed guard:", show("b", "c"))

# A failed or-pattern alternative binds nothing; the successful one does.
match (5, "x"):
    case (d, 0) | (5, d):
        print("or-pattern bound", show("d"))

# Class pattern: attributes are read, but nothing is bound if a later sub-pattern fails.
class P:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


match P(1, 2):
    case P(e, 3):
        print("no")
    case P(f, g) if f > g:
        print("no")
print("after class cases:", show("e", "f", "g"))

# Mapping pattern with **rest: rest is bound only on a full match.
match {"k": 1, "other": 2}:
    case {"k": 2, **rest1}:
        print("no")
    case {"k": 1, **rest2} if False:
        print("no")
print("after mapping cases:", show("rest1", "rest2"))

# Guards run only when the pattern matched, in case order.
log = []


def check(name, result):
    log.append(name)
    return result


for v in [1, 2, 3, "x"]:
    log.clear()
    match v:
        case int(n) if check("even?", n % 2 == 0):
            outcome = "even"
        case int(n) if check("big?", n > 2):
            outcome = "big odd"
        case str() if check("str guard", True):
            outcome = "string"
        case _ if check("default guard", v == 1):
            outcome = "one"
        case _:
            outcome = "rest"
    print(repr(v), outcome, log)

# Walrus in a guard binds even if the guard is false.
for v in [[1, 2, 3], [4, 5, 6, 7]]:
    match v:
        case [*items] if (total := sum(items)) > 10:
            print("big total", total)
        case _:
            print("small total", total)

# The subject copy is popped in every path: a loop of matches does not leak stack items.
count = 0
for i in range(1000):
    match i % 4:
        case 0:
            count += 1
        case 1 | 2:
            pass
        case x if x == 3:
            count += 10
print("count", count)

# A trailing `case _` with a guard: falling through it runs nothing.
def last_guarded(v):
    result = "start"
    match v:
        case 1:
            result = "one"
        case _ if v == 2:
            result = "two"
    return result


print(last_guarded(1), last_guarded(2), last_guarded(3))

# A match alone in a function, capturing into locals.
def swap(pair):
    match pair:
        case (x, y):
            return y, x
    return "no pair"


print(swap((1, 2)), swap([3, 4]), swap("ab"), swap(5))

# Names bound by a case are ordinary locals afterwards.
def first_word(text):
    match text.split():
        case [word, *_]:
            pass
        case []:
            word = None
    return word


print(first_word("hello there"), first_word("   "))
