# Covers: closures, nonlocal, late binding in loops, closure cells, counters and accumulators.

def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())

def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders

print([a(10) for a in make_adders()])

def make_adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]

print([a(10) for a in make_adders_fixed()])

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x

print(outer())

def accumulator():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total, list(items)
    return add

acc = accumulator()
for v in [3, 4, 5]:
    print(acc(v))

print(c1.__closure__ is not None, len(acc.__closure__))
print(acc.__code__.co_freevars)

def counter_pair():
    n = 0
    def get():
        return n
    def bump():
        nonlocal n
        n += 1
    return get, bump

get, bump = counter_pair()
bump(); bump()
print(get())
