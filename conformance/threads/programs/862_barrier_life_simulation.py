# Covers: a barrier-synchronised simulation: 3 worker threads each compute a band of rows of
# Conway's Game of Life; Barrier 1 ends the compute phase, its action (run by whichever thread
# arrives last) swaps the grids and prints the generation; Barrier 2 starts the next step.
# Nothing depends on which thread arrives last, so the output is fixed.
import threading

ROWS, COLS, WORKERS, GENERATIONS = 9, 12, 3, 6

grid = [[0] * COLS for _ in range(ROWS)]
for r, c in [(1, 2), (2, 3), (3, 1), (3, 2), (3, 3),        # a glider
             (6, 8), (6, 9), (6, 10)]:                      # a blinker
    grid[r][c] = 1
nxt = [[0] * COLS for _ in range(ROWS)]
generation = 0
population = []


def render(g):
    return "\n".join("".join("#" if v else "." for v in row) for row in g)


def neighbours(g, r, c):
    total = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                total += g[(r + dr) % ROWS][(c + dc) % COLS]
    return total


def swap():
    global grid, nxt, generation
    grid, nxt = nxt, grid
    generation += 1
    alive = sum(map(sum, grid))
    population.append(alive)
    print(f"generation {generation}: {alive} alive")
    if generation in (1, GENERATIONS):
        print(render(grid))


computed = threading.Barrier(WORKERS, action=swap)
next_step = threading.Barrier(WORKERS)
rows_done = [0] * WORKERS


def worker(w):
    band = range(w * ROWS // WORKERS, (w + 1) * ROWS // WORKERS)
    for _ in range(GENERATIONS):
        for r in band:
            for c in range(COLS):
                n = neighbours(grid, r, c)
                nxt[r][c] = 1 if n == 3 or (n == 2 and grid[r][c]) else 0
            rows_done[w] += 1
        computed.wait()
        next_step.wait()


print("generation 0:", sum(map(sum, grid)), "alive")
print(render(grid))
threads = [threading.Thread(target=worker, args=(w,), name=f"band-{w}") for w in range(WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("populations:", population)
print("rows computed per worker:", rows_done)
print("barriers broken:", computed.broken, next_step.broken)
