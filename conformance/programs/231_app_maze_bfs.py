# Realistic learner program: maze solving on a text grid with breadth-first search (deque), depth-first
# search (recursion and an explicit stack), path reconstruction, drawing the path, and reachability stats.
from collections import deque

MAZE = """\
###############
#S..#.....#...#
#.#.#.###.#.#.#
#.#...#...#.#.#
#.#####.###.#.#
#...#...#...#.#
###.#.###.###.#
#...#.....#..E#
###############
"""

DIRS = [(0, 1), (1, 0), (0, -1), (-1, 0)]


class Maze:
    def __init__(self, text):
        self.grid = [list(line) for line in text.splitlines()]
        self.h = len(self.grid)
        self.w = len(self.grid[0])
        self.start = self.find("S")
        self.end = self.find("E")

    def find(self, ch):
        for r, row in enumerate(self.grid):
            if ch in row:
                return (r, row.index(ch))
        raise ValueError(f"{ch!r} not in maze")

    def open(self, pos):
        r, c = pos
        return 0 <= r < self.h and 0 <= c < self.w and self.grid[r][c] != "#"

    def neighbours(self, pos):
        r, c = pos
        for dr, dc in DIRS:
            nxt = (r + dr, c + dc)
            if self.open(nxt):
                yield nxt

    def bfs(self):
        prev = {self.start: None}
        queue = deque([self.start])
        expanded = 0
        while queue:
            cur = queue.popleft()
            expanded += 1
            if cur == self.end:
                break
            for n in self.neighbours(cur):
                if n not in prev:
                    prev[n] = cur
                    queue.append(n)
        if self.end not in prev:
            return None, expanded
        path = []
        node = self.end
        while node is not None:
            path.append(node)
            node = prev[node]
        return path[::-1], expanded

    def dfs_recursive(self, pos=None, seen=None):
        if pos is None:
            pos, seen = self.start, set()
        if pos == self.end:
            return [pos]
        seen.add(pos)
        for n in self.neighbours(pos):
            if n not in seen:
                rest = self.dfs_recursive(n, seen)
                if rest:
                    return [pos] + rest
        return None

    def dfs_stack(self):
        stack = [(self.start, [self.start])]
        seen = set()
        while stack:
            pos, path = stack.pop()
            if pos == self.end:
                return path
            if pos in seen:
                continue
            seen.add(pos)
            for n in self.neighbours(pos):
                stack.append((n, path + [n]))
        return None

    def draw(self, path, mark="*"):
        grid = [row[:] for row in self.grid]
        for r, c in path[1:-1]:
            grid[r][c] = mark
        return "\n".join("".join(row) for row in grid)

    def distances(self):
        dist = {self.start: 0}
        q = deque([self.start])
        while q:
            cur = q.popleft()
            for n in self.neighbours(cur):
                if n not in dist:
                    dist[n] = dist[cur] + 1
                    q.append(n)
        return dist


m = Maze(MAZE)
print("size", m.w, "x", m.h, "start", m.start, "end", m.end)
path, expanded = m.bfs()
print("BFS path length:", len(path) - 1, "expanded:", expanded)
print(m.draw(path))
rec = m.dfs_recursive()
stk = m.dfs_stack()
print("DFS recursive length:", len(rec) - 1, "DFS stack length:", len(stk) - 1)
print(m.draw(stk, mark="o"))
dist = m.distances()
far = max(dist.items(), key=lambda kv: (kv[1], kv[0]))
print("reachable cells:", len(dist), "farthest:", far)
open_cells = sum(row.count(".") for row in m.grid) + 2
print("unreachable open cells:", open_cells - len(dist))
m.grid[7][12] = "#"
m.grid[6][13] = "#"
blocked_path, exp2 = m.bfs()
print("after blocking:", blocked_path, "expanded:", exp2)
try:
    Maze("###\n#.#\n###").start
except ValueError as e:
    print("ValueError:", e)
