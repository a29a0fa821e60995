# Covers: an app: matrix printing with computed widths (nested format specs, :g, centered
# titles) and multiplication with zip; ends with an uncaught shape-mismatch ValueError.
def show(m, title):
    width = max(len(f"{x:g}") for row in m for x in row)
    print(f"{title:-^{(width + 1) * len(m[0]) + 1}}")
    for row in m:
        print("|" + " ".join(f"{x:>{width}g}" for x in row) + "|")
def mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(r, c)) for c in zip(*b)] for r in a]
a = [[1, 2], [3, 4.5]]
b = [[0.5, -1], [2, 1e-3]]
show(a, " A ")
show(mul(a, b), " A@B ")
show([[1 / 3, 2 / 3], [1e10, -0.0]], " misc ")
ident = [[float(i == j) for j in range(3)] for i in range(3)]
show(ident, "I")
print(mul(a, ident))
print(mul(a, [[1, 2, 3]]))
