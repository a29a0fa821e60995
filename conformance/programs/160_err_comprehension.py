# Covers: uncaught exception inside a list comprehension and a nested generator expression: <listcomp>/<genexpr> frames.
values = ["1", "2", "x3"]
def total(items):
    return sum(int(v) for v in items)
print([int(v) * 2 for v in values[:2]])
print(total(values))
