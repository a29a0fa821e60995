# Covers: cmath at infinities, NaNs and signed zeros: C99 Annex G special values (including the cases
# computed from cos/sin of the finite part), and which of them are domain errors.
import cmath

inf = float('inf')
nan = float('nan')
parts = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
         'asinh', 'acosh', 'atanh']
for name in names:
    f = getattr(cmath, name)
    for re in parts:
        for im in parts:
            if re == re and im == im and abs(re) != inf and abs(im) != inf and re != 0 and im != 0:
                continue  # ordinary finite points are covered elsewhere
            show('%s(complex(%r, %r))' % (name, re, im), lambda: f(complex(re, im)))

for r in parts:
    for phi in parts:
        show('rect(%r, %r)' % (r, phi), lambda: cmath.rect(r, phi))

for re in parts:
    for im in parts:
        z = complex(re, im)
        show('phase/polar(%r)' % z, lambda: (cmath.phase(z), cmath.polar(z)))

show('atanh(1)', lambda: cmath.atanh(1))
show('atanh(-1)', lambda: cmath.atanh(-1))
show('atanh(1+1e-200j)', lambda: cmath.atanh(1 + 1e-200j))
show('log(0, 0)', lambda: cmath.log(0, 0))
show('log(nan, 2)', lambda: cmath.log(nan, 2))
show('log(2, inf)', lambda: cmath.log(2, inf))
