# Calibration: list, dict and set comprehensions, nested and filtered.
def run(n):
    squares = [i * i for i in range(n)]
    evens = [x for x in squares if x % 2 == 0]
    table = {i: i % 17 for i in range(n)}
    residues = {v for v in table.values()}
    grid = [[r * c for c in range(30)] for r in range(30)]
    flat = [x for row in grid for x in row if x % 3]
    pairs = [(a, b) for a in range(60) for b in range(a, 60) if (a + b) % 5 == 0]
    return len(evens), len(residues), sum(flat), len(pairs)

total = 0
for k in range(18):
    total += sum(run(30000))
print(total)
