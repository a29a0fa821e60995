# Covers: yield from delegation, return values of subgenerators, send/throw passing through yield from, recursive generators.

def sub(n):
    for i in range(n):
        received = yield i
        if received is not None:
            print("  sub received", received)
    return f"sub({n}) done"

def delegator():
    r1 = yield from sub(2)
    print("  r1 =", r1)
    r2 = yield from sub(3)
    print("  r2 =", r2)
    return [r1, r2]

d = delegator()
print(next(d))
print(d.send("hello"))
print(next(d))
print(next(d))
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("final:", e.value)

def tree_walk(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for ch in children:
        yield from tree_walk(ch, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for line in tree_walk(tree):
    print(line)

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  catcher caught", e)
            yield "recovered"

def outer():
    result = yield from catcher()
    return result

o = outer()
print(next(o))
print(o.throw(ValueError("boom")))
print(next(o))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))

def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, 4], [[5]]], 6])))

def gen_returning():
    yield 1
    return 99
def wrapper():
    v = yield from gen_returning()
    yield v
print(list(wrapper()))
