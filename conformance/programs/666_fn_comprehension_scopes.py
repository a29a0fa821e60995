# Covers: list/set/dict comprehensions and generator expressions: nested loops with conditions,
# the walrus operator binding in the enclosing scope, comprehension variables not leaking, class
# body scoping rules, and comprehensions as closures.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix if sum(row) > 6 for x in row if x % 2])
print({x % 3 for x in range(10)}, {k: v for k, v in zip("abc", range(3)) if v})
print({(i, j): i * j for i in range(3) for j in range(i)})

data = [4, 8, 15, 16, 23, 42]
print([y for x in data if (y := x * 2) > 20], "y leaked:", y)
total = 0
print([total := total + x for x in data], total)
print(any((hit := x) > 20 for x in data), hit)

def last_index():
    [last := i for i in range(5)]
    return last

print(last_index())
n = "outer"
print([n for n in range(3)], n)

def counters():
    return [lambda: i for i in range(3)], [lambda i=i: i for i in range(3)]

late, early = counters()
print([f() for f in late], [f() for f in early])

class Grid:
    size = 3
    cells = [(r, c) for r in range(size) for c in range(2)]
    try:
        broken = [size * k for k in range(2)]
    except NameError as e:
        problem = str(e)

print(Grid.cells, Grid.problem)

def nested():
    base = 10
    return [[base + i + j for j in range(2)] for i in range(2)]

print(nested())
words = ["apple", "bob", "kayak", "level", "python"]
print({w: len(w) for w in words if w == w[::-1]})
print(sorted({len(w) for w in words}), sum(len(w) for w in words), list(zip(*[iter(words)] * 2)))
lookup = {v: k for k, v in enumerate(words)}
print(lookup["kayak"], [words[i] for i in sorted(lookup.values()) if i % 2 == 0])
gen = ((i, ch) for i, word in enumerate(words) for ch in word[:1])
print(list(gen))
try:
    [1 / (3 - x) for x in range(5)]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
