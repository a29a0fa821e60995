# Covers: an uncaught ValueError from a native math function deep inside nested calls prints
# CPython's traceback (no frames for the math module itself) and exits with status 1.
import math


def distance(p, q):
    return math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)


def radius_of(area):
    return math.sqrt(area / math.pi)


def report(areas):
    for a in areas:
        print(f"area {a:>6} -> radius {radius_of(a):.3f}")


print(distance((0, 0), (3, 4)))
report([math.pi, 10, -4])
