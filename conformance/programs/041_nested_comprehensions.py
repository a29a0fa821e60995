# Covers: nested comprehensions: flattening, transposition, matrix product, pythagorean triples, cartesian products.

m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in m for x in row])
print([[row[i] for row in m] for i in range(len(m[0]))])
print([list(col) for col in zip(*m)])
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print([[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)])
print([(x, y, z) for z in range(1, 30) for y in range(1, z) for x in range(1, y) if x * x + y * y == z * z])
print([f"{r}{s}" for r in "AKQ" for s in "shdc"])
print([[(i, j) for j in range(i)] for i in range(4)])
print({i: {j: i * j for j in range(1, 4)} for i in range(1, 4)})
print([[c.upper() if i % 2 else c for i, c in enumerate(w)] for w in ["hello", "world"]])
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in identity:
    print(row)
triangle = [[1]]
for _ in range(6):
    prev = triangle[-1]
    triangle.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in triangle:
    print(" ".join(str(x) for x in row).center(30).rstrip())
print(sorted({frozenset((i, j)) for i in range(3) for j in range(3) if i != j}, key=sorted))
