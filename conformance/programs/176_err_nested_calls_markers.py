# Covers: markers when the failing call is nested inside other calls inside a generator expression (<genexpr> frame).
import math

def scale(v, k):
    return math.sqrt(v) * k

values = [4, 9, -1]
print(", ".join(str(round(scale(v, 2), 3)) for v in values))
