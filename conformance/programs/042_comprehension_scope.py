# Covers: scoping of comprehension variables (no leak), class-body comprehensions, closures over loop vars, walrus leaking to enclosing scope.

x = "global x"
result = [x for x in range(3)]
print(result, x)

i = 100
squares = {i: i * i for i in range(3)}
print(squares, i)

gen = (j for j in range(3))
try:
    j
except NameError as e:
    print("NameError:", e)

funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
funcs2 = [lambda k=k: k for k in range(3)]
print([f() for f in funcs2])

class Table:
    size = 3
    rows = [r for r in range(3)]
    try:
        cells = [size * r for r in range(3)]
    except NameError as e:
        error = str(e)
    doubled = [v * 2 for v in rows]
print(Table.rows, Table.doubled, Table.error)

total = 0
values = [total := total + v for v in [1, 2, 3, 4]]
print(values, total)

def f():
    found = None
    if any((found := w).startswith("b") for w in ["apple", "banana", "cherry"]):
        return found
print(f())

def outer():
    n = 10
    return [n + m for m in range(3)]
print(outer())
print([[y for y in range(x)] for x in range(4)])
print([(lambda: z)() for z in "ab"])
