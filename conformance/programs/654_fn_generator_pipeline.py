# Covers: a data pipeline of generators (lazy evaluation order), generator expressions and their
# scoping, itertools recipes, infinite generators, chunking with the walrus operator.
import itertools
import operator
from collections import Counter

LOG = """\
2024-03-01 09:00 alice login 120
2024-03-01 09:05 bob upload 3400
2024-03-01 09:07 alice view 80
broken line
2024-03-01 09:12 carol upload 9000
2024-03-01 09:15 bob logout 15
2024-03-01 09:20 carol login 200
2024-03-01 09:31 alice upload 2500
"""

def read(text):
    for n, line in enumerate(text.splitlines(), 1):
        print(f"  read line {n}")
        yield n, line

def parse(lines, rejects):
    for n, line in lines:
        parts = line.split()
        if len(parts) != 5:
            rejects.append(n)
            continue
        date, time, user, action, ms = parts
        yield {"time": time, "user": user, "action": action, "ms": int(ms)}

def slow(records, limit):
    return (r for r in records if r["ms"] > limit)

rejects = []
pipeline = slow(parse(read(LOG), rejects), 1000)
print("pipeline built, nothing read yet")
first = next(pipeline)
print("first slow record:", first)
rest = list(pipeline)
print("rest:", [(r["user"], r["ms"]) for r in rest], "rejected lines:", rejects)

records = list(parse(((i, l) for i, l in enumerate(LOG.splitlines(), 1)), []))
per_user = Counter(r["user"] for r in records)
print(per_user.most_common())
by_action = {a: sum(r["ms"] for r in g) for a, g in itertools.groupby(sorted(records, key=operator.itemgetter("action")), key=operator.itemgetter("action"))}
print(by_action)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(itertools.islice(fib(), 12)))
print(list(itertools.takewhile(lambda x: x < 100, (x * x for x in itertools.count(1)))))
print(sum(itertools.islice((x for x in fib() if x % 2 == 0), 5)))

def chunked(iterable, n):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, n)):
        yield chunk

print(list(chunked(range(10), 4)))

def window(iterable, size):
    it = iter(iterable)
    win = tuple(itertools.islice(it, size))
    if len(win) == size:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win

print(list(window("abcde", 3)))

def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, (4, 5)], []], 6])))

def roundrobin(*iterables):
    nexts = itertools.cycle(iter(it).__next__ for it in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = itertools.cycle(itertools.islice(nexts, pending))

print(list(roundrobin("ABC", "D", "EF")))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.pairwise([1, 4, 9, 16])))
print(list(itertools.starmap(pow, zip(range(5), itertools.repeat(2)))))
print(list(itertools.product("ab", range(2))), list(itertools.combinations(range(4), 3)))

n = 10
gen = (n * x for x in range(3))
n = 100
print("genexp binds its first iterable eagerly, the rest late:", list(gen))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("eager first iterable:", e)
g2 = (1 / x for x in [1, 0, 2])
print(next(g2))
try:
    next(g2)
except ZeroDivisionError as e:
    print("lazy body:", e, "| then:", list(g2))
ge = (x for x in range(5))
print(2 in ge, list(ge), ge.__name__, ge.__qualname__)
class Table:
    rows = [1, 2, 3]
    doubled = [r * 2 for r in rows]
    total = sum(r for r in rows)
print(Table.doubled, Table.total)
