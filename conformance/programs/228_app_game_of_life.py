# Realistic learner program: Conway's Game of Life on a small toroidal grid: glider and blinker patterns,
# generation stepping with sets of live cells, rendering, period detection and population statistics.

class Life:
    def __init__(self, width, height, cells=()):
        self.width = width
        self.height = height
        self.live = set(cells)
        self.generation = 0

    @classmethod
    def from_pattern(cls, pattern, width, height, offset=(0, 0)):
        cells = set()
        for r, line in enumerate(pattern.strip("\n").splitlines()):
            for c, ch in enumerate(line):
                if ch in "#O*":
                    cells.add(((r + offset[0]) % height, (c + offset[1]) % width))
        return cls(width, height, cells)

    def neighbours(self, cell):
        r, c = cell
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    yield ((r + dr) % self.height, (c + dc) % self.width)

    def step(self):
        counts = {}
        for cell in self.live:
            for n in self.neighbours(cell):
                counts[n] = counts.get(n, 0) + 1
        self.live = {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in self.live)}
        self.generation += 1
        return self

    def render(self):
        rows = []
        for r in range(self.height):
            rows.append("".join("#" if (r, c) in self.live else "." for c in range(self.width)))
        return "\n".join(rows)

    def bounding_box(self):
        if not self.live:
            return None
        rs = [r for r, _ in self.live]
        cs = [c for _, c in self.live]
        return (min(rs), min(cs), max(rs), max(cs))

    def __len__(self):
        return len(self.live)

    def __repr__(self):
        return f"Life({self.width}x{self.height}, gen={self.generation}, alive={len(self)})"


GLIDER = """
.#.
..#
###
"""
BLINKER = "###"
BLOCK = """
##
##
"""

g = Life.from_pattern(GLIDER, 8, 8)
for _ in range(5):
    print(f"generation {g.generation} population {len(g)} box {g.bounding_box()}")
    print(g.render())
    g.step()
print(repr(g))

b = Life.from_pattern(BLINKER, 5, 5, offset=(2, 1))
states = [frozenset(b.live)]
for i in range(6):
    b.step()
    states.append(frozenset(b.live))
period = next(i for i in range(1, len(states)) if states[i] == states[0])
print("blinker period:", period)
print(Life.from_pattern(BLINKER, 5, 5, offset=(2, 1)).step().render())

still = Life.from_pattern(BLOCK, 4, 4, offset=(1, 1))
print("block is still life:", still.live == set(still.step().live))

glider = Life.from_pattern(GLIDER, 10, 10)
start = frozenset(glider.live)
for _ in range(40):
    glider.step()
moved = {((r - 10) % 10, (c - 10) % 10) for r, c in glider.live}
print("glider returns after 40 generations on 10x10 torus:", frozenset(glider.live) == start, len(moved))

import random
rng = random.Random(1234)
soup = Life(16, 8, {(r, c) for r in range(8) for c in range(16) if rng.random() < 0.35})
history = []
seen = {}
while soup.generation < 60:
    key = frozenset(soup.live)
    if key in seen:
        print(f"soup repeats: generation {soup.generation} equals generation {seen[key]}")
        break
    seen[key] = soup.generation
    history.append(len(soup))
    soup.step()
print("populations:", history[:20])
print(soup.render())
print(repr(soup), "max population", max(history), "at generation", history.index(max(history)))
