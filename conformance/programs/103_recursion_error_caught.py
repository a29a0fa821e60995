# Covers: RecursionError from unbounded recursion caught and inspected, sys.getrecursionlimit/setrecursionlimit, recursion depth that fits.
import sys

def infinite(n):
    return infinite(n + 1)

try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))

print(sys.getrecursionlimit())

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError as e:
    print("too deep:", e)

class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("repr recursion:", e)

def a(n): return b(n)
def b(n): return a(n)
try:
    a(1)
except RecursionError:
    print("mutual recursion overflowed")
print("still alive", depth(100))
