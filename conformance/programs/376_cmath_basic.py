# Covers: cmath: sqrt, exp, log (with base), log10, phase, polar, rect, isclose, classification, constants,
# argument conversion and errors.
import cmath
import math

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.pi).__name__, type(cmath.infj).__name__, cmath.pi == math.pi, cmath.e == math.e)
print(cmath.__name__)

points = [0j, -0j, 1, -1, 2j, -2j, 1 + 1j, -1 - 1j, 3 - 4j, 0.5 + 0.25j, -0.75 + 2j, 1e-300 + 1e-300j,
          1e300 + 1e300j, complex(-1, -0.0), complex(-1, 0.0), 5e-324j, 1e308, -1e308j, 0.1, 10]
for z in points:
    show('sqrt(%r)' % z, lambda: cmath.sqrt(z))
    show('exp(%r)' % z, lambda: cmath.exp(z))
    show('log(%r)' % z, lambda: cmath.log(z))
    show('log10(%r)' % z, lambda: cmath.log10(z))
    show('phase(%r)' % z, lambda: cmath.phase(z))
    show('polar(%r)' % z, lambda: cmath.polar(z))

for args in [(8, 2), (100, 10), (1j, 1j), (-1, 2), (2, 1), (0, 2), (2, 0), (1 + 1j, 2 - 1j), (10, 10 ** 400)]:
    show('log%r' % (args,), lambda: cmath.log(*args))

for r, phi in [(1, 0), (1, -0.0), (-1, 0.0), (2, math.pi / 2), (2, math.pi), (1, 1e300), (0, 5),
               (-0.0, -1), (3, -2.5), (1e308, 0.5), (float('inf'), 0.5), (float('inf'), 0.0), (1, float('inf')),
               (0, float('inf')), (float('nan'), 0), (float('-inf'), -2.0)]:
    show('rect(%r, %r)' % (r, phi), lambda: cmath.rect(r, phi))

for a, b, kw in [(1 + 1j, 1 + 1j, {}), (1, 1 + 1e-10j, {}), (1, 1 + 1e-8j, {}), (0, 1e-10j, {}),
                 (0, 1e-10j, {'abs_tol': 1e-9}), (1j, 1.1j, {'rel_tol': 0.1}), (cmath.infj, cmath.infj, {}),
                 (cmath.infj, -cmath.infj, {}), (cmath.nanj, cmath.nanj, {}), (1, 1, {'rel_tol': -1}),
                 (1, 1, {'abs_tol': -0.1}), (2, 2.0000001, {'rel_tol': 1e-6, 'abs_tol': 0})]:
    show('isclose(%r, %r, %r)' % (a, b, kw), lambda: cmath.isclose(a, b, **kw))

for z in [1j, complex(float('inf'), 0), complex(0, float('-inf')), complex(float('nan'), 1), complex(1, float('nan')),
          complex(float('inf'), float('nan')), 5, 2.5, float('inf'), True]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

# Errors: domain and range errors, and what counts as a number.
class C:
    def __complex__(self):
        return 2j

class Fl:
    def __float__(self):
        return 4.0

class Idx:
    def __index__(self):
        return 9

class Bad:
    def __complex__(self):
        return 1

for label, f in [
    ('log(0)', lambda: cmath.log(0)), ('log10(0j)', lambda: cmath.log10(0j)), ('exp(1000)', lambda: cmath.exp(1000)),
    ('exp(710+1j)', lambda: cmath.exp(710 + 1j)), ('sqrt("4")', lambda: cmath.sqrt('4')), ('sqrt(None)', lambda: cmath.sqrt(None)),
    ('sqrt(C())', lambda: cmath.sqrt(C())), ('sqrt(Fl())', lambda: cmath.sqrt(Fl())), ('sqrt(Idx())', lambda: cmath.sqrt(Idx())),
    ('sqrt(Bad())', lambda: cmath.sqrt(Bad())), ('sqrt(10**400)', lambda: cmath.sqrt(10 ** 400)),
    ('sqrt()', lambda: cmath.sqrt()), ('sqrt(1, 2)', lambda: cmath.sqrt(1, 2)), ('sqrt(z=1)', lambda: cmath.sqrt(z=1)),
    ('log()', lambda: cmath.log()), ('log(1, 2, 3)', lambda: cmath.log(1, 2, 3)), ('log(1, "e")', lambda: cmath.log(1, 'e')),
    ('rect(1j, 0)', lambda: cmath.rect(1j, 0)), ('rect(1)', lambda: cmath.rect(1)), ('phase("x")', lambda: cmath.phase('x')),
    ('isclose(1)', lambda: cmath.isclose(1)), ('isclose(1, 2, 3)', lambda: cmath.isclose(1, 2, 3)),
    ('isclose(1, 2, tol=3)', lambda: cmath.isclose(1, 2, tol=3)), ('polar(1e308+1e308j)', lambda: cmath.polar(1e308 + 1e308j)),
    ('phase(1e300+1e-300j)', lambda: cmath.phase(1e300 + 1e-300j)), ('polar(1e300+1e-300j)', lambda: cmath.polar(1e300 + 1e-300j)),
]:
    show(label, f)
print(cmath.sqrt.__name__, cmath.sqrt.__doc__)
print(cmath.log.__doc__)
print(cmath.isclose.__doc__.splitlines()[0])
