# Covers: cmath's trigonometric and hyperbolic functions and their inverses on a grid of arguments,
# including huge and tiny parts (the overflow-avoiding branches) and the range/domain errors.
import cmath

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

names = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']
grid = [0j, -0j, 0.5, -0.5, 1, -1, 2, 1j, -1j, 2j, 0.5 + 0.5j, -1.5 + 0.25j, 3 - 2j, 1e-8 + 1e-8j]
for name in names:
    f = getattr(cmath, name)
    for z in grid:
        show('%s(%r)' % (name, z), lambda: f(z))

extreme = [1e300, -1e300j, 1e300 + 1e300j, 1e-320 + 1e-320j, 1e155 + 1e155j, 710 + 1j, -710 + 1j, 800 + 0j,
           0.5 + 710j, 1 + 1e-200j, complex(1, -0.0), complex(-1, 0.0), 20 + 30j]
for name in names:
    f = getattr(cmath, name)
    for z in extreme:
        show('%s(%r)' % (name, z), lambda: f(z))

# Round trips.
for z in [0.3 + 0.4j, -2 + 1j, 5j]:
    print(repr(z), cmath.sin(cmath.asin(z)), cmath.cosh(cmath.acosh(z)), cmath.tan(cmath.atan(z)))
print(cmath.isclose(cmath.exp(cmath.log(3 + 4j)), 3 + 4j), cmath.isclose(cmath.sqrt(-4) ** 2, -4))
