# Realistic learner program: a sudoku checker and solver: parsing grids from strings, validating rows,
# columns and boxes with sets, reporting every conflict, and a backtracking solver with candidate counts.

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

BROKEN = """
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286175
"""


def parse(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    if len(rows) != 9 or any(len(r) != 9 for r in rows):
        raise ValueError("grid must be 9 lines of 9 characters")
    return [[0 if ch in ".0" else int(ch) for ch in r] for r in rows]


def units():
    for i in range(9):
        yield f"row {i + 1}", [(i, c) for c in range(9)]
    for j in range(9):
        yield f"column {j + 1}", [(r, j) for r in range(9)]
    for b in range(9):
        br, bc = 3 * (b // 3), 3 * (b % 3)
        yield f"box {b + 1}", [(br + r, bc + c) for r in range(3) for c in range(3)]


def conflicts(grid):
    problems = []
    for name, cells in units():
        seen = {}
        for r, c in cells:
            v = grid[r][c]
            if v == 0:
                continue
            if v in seen:
                problems.append(f"{name}: {v} at {seen[v]} and {(r, c)}")
            else:
                seen[v] = (r, c)
    return problems


def is_complete(grid):
    return all(all(v for v in row) for row in grid) and not conflicts(grid)


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[br + i][bc + j] for i in range(3) for j in range(3)}
    return [v for v in range(1, 10) if v not in used]


def solve(grid, stats):
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for v in cands:
        grid[r][c] = v
        stats["placements"] += 1
        if solve(grid, stats):
            return True
    grid[r][c] = 0
    stats["backtracks"] += 1
    return False


def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        parts = [" ".join(str(v) if v else "." for v in row[i:i + 3]) for i in (0, 3, 6)]
        lines.append(" | ".join(parts))
    return "\n".join(lines)


grid = parse(PUZZLE)
print(show(grid))
print("givens:", sum(1 for row in grid for v in row if v), "conflicts:", conflicts(grid))
print("candidates at (0,2):", candidates(grid, 0, 2), "at (4,4):", candidates(grid, 4, 4))
stats = {"placements": 0, "backtracks": 0}
print("solved:", solve(grid, stats), stats)
print(show(grid))
print("complete and valid:", is_complete(grid))
print("row sums:", [sum(r) for r in grid])

bad = parse(BROKEN)
print("broken grid complete:", is_complete(bad))
for p in conflicts(bad):
    print("  conflict:", p)
bad2 = [row[:] for row in grid]
bad2[0][0], bad2[0][1] = bad2[0][1], bad2[0][0]
print(len(conflicts(bad2)), "conflicts after swapping two cells")
for text in ["123", "x" * 81]:
    try:
        parse(text if len(text) < 81 else "\n".join(text[i:i + 9] for i in range(0, 81, 9)))
    except ValueError as e:
        print("ValueError:", e)
