# Covers: generator functions, lazy execution order, return inside generator, StopIteration.value, exhausted generators.

def gen():
    print("  start")
    yield 1
    print("  after 1")
    yield 2
    print("  after 2")
    return "finished"

g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(next(g, "exhausted"))
print(list(gen()))

def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2
print(list(evens(11)), sum(evens(101)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])

def take_while_positive(xs):
    for x in xs:
        if x <= 0:
            return
        yield x
print(list(take_while_positive([3, 2, 1, 0, 5])))

def nested_loops():
    for i in range(3):
        for j in range(i):
            yield (i, j)
print(list(nested_loops()))

def chars(s):
    yield from s
print("".join(chars("hello")))
g2 = gen()
print(type(g2).__name__, g2.__name__, g2.__qualname__)
g2.close()
print(list(g2))

def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("  cleanup")
for x in with_finally():
    print(x)
for x in with_finally():
    print(x)
    break
print("after break")
