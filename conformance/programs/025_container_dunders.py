# Covers: __len__, __bool__, __contains__, __getitem__/__setitem__/__delitem__ (ints, slices, keys), __reversed__, __missing__.

class Grid:
    def __init__(self, w, h, fill="."):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]
    def __getitem__(self, pos):
        r, c = pos
        return self.cells[r][c]
    def __setitem__(self, pos, v):
        r, c = pos
        self.cells[r][c] = v
    def __len__(self):
        return self.w * self.h
    def __contains__(self, v):
        return any(v in row for row in self.cells)
    def __str__(self):
        return "\n".join("".join(row) for row in self.cells)

g = Grid(4, 3)
g[0, 0] = "#"
g[2, 3] = "@"
print(g)
print(len(g), "#" in g, "$" in g, g[2, 3])

class MyList:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            print("  slice:", idx, idx.indices(len(self.items)))
            return MyList(self.items[idx])
        return self.items[idx]
    def __setitem__(self, idx, v):
        self.items[idx] = v
    def __delitem__(self, idx):
        del self.items[idx]
    def __reversed__(self):
        return iter(self.items[::-1])
    def __repr__(self):
        return f"MyList({self.items})"

m = MyList(range(10))
print(m[3], m[-1], m[2:8:2], m[::-3])
m[0] = 100
del m[1]
del m[::2]
print(m, len(m), list(reversed(m)))
try:
    m[50]
except IndexError as e:
    print("IndexError:", e)

class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
class Truthy:
    pass
print(bool(Empty()), bool(Falsy()), bool(Truthy()), not Empty())
if not Falsy():
    print("Falsy is falsy")

class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)

class Defaulting(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
dd = Defaulting()
print(dd["abc"], dd["hello"], dd)

class Range3:
    def __contains__(self, x):
        print("  __contains__", x)
        return x in (1, 2, 3)
print(2 in Range3(), 5 not in Range3())

class Matrix:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        return self.data.get(key, 0)
    def __setitem__(self, key, v):
        self.data[key] = v
mx = Matrix()
mx[1, 2] = 5
mx[3, 4] += 7
print(mx[1, 2], mx[3, 4], mx[0, 0], sorted(mx.data.items()))
