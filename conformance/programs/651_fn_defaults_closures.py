# Covers: defaults evaluated once (mutable default pitfall), __defaults__/__kwdefaults__, late
# binding of closures in loops and the default-argument fix, nonlocal counters, cell contents.
def log_default():
    print("  (default evaluated)")
    return []

def append_to(item, bucket=log_default()):
    bucket.append(item)
    return bucket

print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print("defaults now:", append_to.__defaults__)

def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(safe_append(1), safe_append(2))

def configure(*, verbose=False, level=1):
    return verbose, level

print(configure(), configure.__kwdefaults__)
configure.__kwdefaults__["level"] = 5
print(configure())
append_to.__defaults__ = ([100],)
print(append_to(5))

callbacks = [lambda: i for i in range(3)]
print("late binding:", [cb() for cb in callbacks])
callbacks = [lambda i=i: i for i in range(3)]
print("default fix:", [cb() for cb in callbacks])

def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]

print([m(10) for m in make_multipliers()])

def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    increment.reset = reset
    return increment

c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c2(), c1(), c2())
c1.reset()
print(c1(), c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
print(make_counter.__code__.co_cellvars, make_counter.__code__.co_varnames)

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x

print(outer())

def accumulate():
    total = 0
    history = []
    def add(n):
        nonlocal total
        total += n
        history.append(total)
        return total
    return add, history

add, hist = accumulate()
for n in (5, 10, -3):
    add(n)
print(hist, add.__closure__[1].cell_contents)

def make_cell_then_delete():
    value = 1
    def reader():
        return value
    del value
    return reader

try:
    make_cell_then_delete()()
except NameError as e:
    print(type(e).__name__, e)

def shadow():
    print(y)
    y = 2

try:
    shadow()
except UnboundLocalError as e:
    print(type(e).__name__, e)

counter = 0
def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print("global counter", counter)
