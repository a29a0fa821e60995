# Covers: inf, nan and -0.0 arithmetic, comparisons, math.isnan/isinf/isfinite, copysign, nan in containers, OverflowError from **.
import math

inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan == nan, nan is nan, [nan] == [nan], nan in [nan], nan in [float("nan")])
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan))
print(-0.0 == 0.0, math.copysign(1, -0.0), math.copysign(1, 0.0), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0)
print(max(inf, 10 ** 1000), min(-inf, -(10 ** 1000)), inf > 10 ** 1000)
print(sorted([3.0, -inf, inf, 0.0, -0.0]))
print(int(1e18), math.floor(-0.5), math.ceil(-0.5), round(-0.4), round(-0.5))
try:
    2.0 ** 5000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
print(inf == inf, -inf < inf, inf ** 0, nan ** 0, 1 ** nan, 0 * inf == 0 * inf)
print(str(inf), repr(-inf), format(inf, ".2f"), "%f" % nan, f"{-inf:10}|")
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0))
print(float("inf") == math.inf, math.nan != math.nan, type(math.inf).__name__)
