# Covers: RecursionError messages from dunder methods that call themselves (property setter,
# __repr__ via repr(), __str__ via str(), __eq__, __hash__, __len__, __getattr__, __init__
# instantiating itself, key functions), caught and reported, plus the recursion limit restored.
import sys

class Temp:
    def __init__(self, c):
        self.celsius = c
    @property
    def celsius(self):
        return self.celsius
    @celsius.setter
    def celsius(self, v):
        self.celsius = v

class R:
    def __repr__(self):
        return repr(self)

class S:
    def __str__(self):
        return str(self)

class E:
    def __eq__(self, other):
        return self == other

class H:
    def __hash__(self):
        return hash(self)

class L:
    def __len__(self):
        return len(self)

class G:
    def __getattr__(self, name):
        return self.missing

class Node:
    def __init__(self, depth):
        self.child = Node(depth + 1)

def key(x):
    return key(x)

cases = [
    ("property setter", lambda: Temp(5)),
    ("repr in list", lambda: repr([R()])),
    ("str", lambda: str(S())),
    ("f-string", lambda: f"{S()}"),
    ("__eq__", lambda: E() == E()),
    ("__hash__", lambda: {H(): 1}),
    ("__len__", lambda: len(L())),
    ("__getattr__", lambda: G().x),
    ("__init__", lambda: Node(0)),
    ("sorted key", lambda: sorted([3, 1], key=key)),
    ("max key", lambda: max([3, 1], key=key)),
    ("map", lambda: list(map(key, [1]))),
]
for name, fn in cases:
    try:
        fn()
    except RecursionError as e:
        print(f"{name:16} RecursionError: {e}")

def depth_reached():
    n = 0
    def go():
        nonlocal n
        n += 1
        go()
    try:
        go()
    except RecursionError:
        return n

before = depth_reached()
sys.setrecursionlimit(200)
small = depth_reached()
sys.setrecursionlimit(1000)
print(before, small, depth_reached() == before)
