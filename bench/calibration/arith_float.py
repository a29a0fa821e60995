# Calibration: float arithmetic (numerical integration, a Newton iteration, math calls).
import math

def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h

def newton_sqrt(x):
    g = x / 2.0
    for _ in range(20):
        g = 0.5 * (g + x / g)
    return g

def poly(x):
    return 3.0 * x * x - 2.0 * x + 1.0

total = integrate(poly, 0.0, 2.0, 400000)
roots = 0.0
for k in range(1, 30000):
    roots += newton_sqrt(float(k)) - math.sqrt(k)
dist = 0.0
for i in range(200000):
    x = i * 0.0001
    dist += math.hypot(x, 1.0 - x) + abs(math.sin(x))
print(round(total, 6), abs(roots) < 1e-6, round(dist, 3))
