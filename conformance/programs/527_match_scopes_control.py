# Covers: match in every kind of scope (module, function, closure cell, class body, generator,
# async function, global/nonlocal declarations), nested match statements, break/continue/return
# inside case bodies (also inside loops and try/finally), and exceptions raised while matching.
def outer(data):
    def get():
        return captured

    match data:
        case {"value": captured}:
            pass
        case _:
            captured = "default"
    return get


print(outer({"value": 42})(), outer(None)())

counter = 0


def bump(cmd):
    global counter
    match cmd:
        case ("inc", counter):
            pass
        case "reset":
            counter = 0


bump(("inc", 10))
print("global counter", counter)
bump("reset")
print("global counter", counter)


def make():
    state = "idle"

    def step(ev):
        nonlocal state
        match (state, ev):
            case ("idle", "start"):
                state = "running"
            case ("running", "pause"):
                state = "paused"
            case ("paused" | "running", "stop"):
                state = "stopped"
            case (_, bad):
                print("  ignored", bad, "in", state)
        return state

    return step


step = make()
print([step(e) for e in ["start", "jump", "pause", "stop"]])


class Config:
    raw = ("debug", 3)
    match raw:
        case ("debug", int(level)):
            verbose = level > 1
        case _:
            verbose = False


print("class body:", Config.verbose, Config.level)


def tokens(text):
    for word in text.split():
        match word:
            case "stop":
                return
            case "skip":
                continue
            case _ if word.isdigit():
                yield int(word)
            case _:
                yield word.upper()


print(list(tokens("a 1 skip b 22 stop c")))


class Tick:
    def __await__(self):
        yield "tick"


async def handle(msg):
    match msg:
        case {"sleep": seconds}:
            for _ in range(seconds):
                await Tick()
            return f"slept {seconds}"
        case {"echo": text}:
            return text


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as stop:
        return stop.value, ticks


print([run(handle(m)) for m in [{"sleep": 2}, {"echo": "hi"}, {}]])


# Nested match statements.
def evaluate(expr):
    match expr:
        case int() | float():
            return expr
        case [op, left, right]:
            a, b = evaluate(left), evaluate(right)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/" if b == 0:
                    return float("inf")
                case "/":
                    return a / b
        case ["neg", inner]:
            return -evaluate(inner)
    raise ValueError(f"bad expression {expr!r}")


print(evaluate(["+", 1, ["*", 2, 3]]), evaluate(["neg", ["-", 10, 4]]), evaluate(["/", 1, 0]))
try:
    evaluate(["%", 1, 2])
except ValueError as e:
    print("ValueError:", e)

# break/continue inside cases in while loops, and try/finally around a match.
queue = [1, "skip", 2, None, 3]
while queue:
    item = queue.pop(0)
    try:
        match item:
            case None:
                print("end marker")
                break
            case "skip":
                continue
            case n:
                print("item", n)
    finally:
        print("  finally for", repr(item))
print("left in queue:", queue)


# Exceptions raised while matching propagate normally.
class Bad:
    def __eq__(self, other):
        raise RuntimeError("no comparing")


class BadLen(list):
    def __len__(self):
        raise RuntimeError("no len")


class BadAttr:
    @property
    def x(self):
        raise KeyError("x is broken")


for subject, label in [(Bad(), "eq"), (BadLen([1]), "len"), (BadAttr(), "attr")]:
    try:
        match subject:
            case 1:
                print("one?")
            case [a]:
                print("list?")
            case BadAttr(x=1):
                print("x?")
        print(label, "no error")
    except (RuntimeError, KeyError) as e:
        print(label, "->", type(e).__name__, e)

# match on the result of a comprehension, with a generator expression in the guard.
pairs = [(i, i * i) for i in range(4)]
match pairs:
    case [(0, 0), *rest] if all(b == a * a for a, b in rest):
        print("squares", rest)

