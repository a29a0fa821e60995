# Covers: complex ** : exponentiation by squaring for integral exponents |n| <= 100 (c_powi), the polar
# formula otherwise (_Py_c_pow), their errors, a negative float to a fractional power, and pow().
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

bases = [1j, 1 + 1j, -2 + 0.5j, 0.5 - 0.5j, complex(-1, 0), 2j, complex(3, -0.0)]
exps = [0, 1, 2, 3, 5, 10, -1, -2, -7, 100, 101, -100, 0.5, -0.5, 2.0, 1.5, 1j, -1j, 1 + 1j, 0.25 - 2j]
for b in bases:
    for e in exps:
        show('(%r) ** (%r)' % (b, e), lambda: b ** e)

for label, f in [
    ('0j ** 0', lambda: 0j ** 0), ('0j ** 0j', lambda: 0j ** 0j), ('0j ** 2', lambda: 0j ** 2),
    ('0j ** -1', lambda: 0j ** -1), ('0j ** 1j', lambda: 0j ** 1j), ('0j ** -0.5', lambda: 0j ** -0.5),
    ('0j ** (1+0j)', lambda: 0j ** (1 + 0j)), ('0 ** -1j', lambda: 0 ** -1j), ('0.0 ** 1j', lambda: 0.0 ** 1j),
    ('(1e200j) ** 2', lambda: (1e200j) ** 2), ('(1e-200j) ** -2', lambda: (1e-200j) ** -2),
    ('(2+0j) ** 1e308', lambda: (2 + 0j) ** 1e308), ('(-1+0j) ** 1e308', lambda: (-1 + 0j) ** 1e308),
    ('1j ** 1e308', lambda: 1j ** 1e308), ('(10+10j) ** 400', lambda: (10 + 10j) ** 400),
    ('(10+10j) ** 101.5', lambda: (10 + 10j) ** 101.5), ('complex(inf, 0) ** 2', lambda: complex(float('inf'), 0) ** 2),
    ('complex(nan, 1) ** 2', lambda: complex(float('nan'), 1) ** 2), ('1j ** complex(0, nan)', lambda: 1j ** complex(0, float('nan'))),
    ('2 ** 1j', lambda: 2 ** 1j), ('2.5 ** (1-1j)', lambda: 2.5 ** (1 - 1j)), ('True ** 1j', lambda: True ** 1j),
    ('1j ** True', lambda: 1j ** True), ('1j ** 10**20', lambda: 1j ** 10**20), ('1j ** 10**400', lambda: 1j ** 10**400),
]:
    show(label, f)

# A negative int or float to a non-integral float power gives a complex (float_pow defers).
for label, f in [
    ('(-8) ** (1/3)', lambda: (-8) ** (1 / 3)), ('(-1.0) ** 0.5', lambda: (-1.0) ** 0.5),
    ('(-2.0) ** -1.5', lambda: (-2.0) ** -1.5), ('(-1e200) ** 1.5', lambda: (-1e200) ** 1.5),
    ('(-1e300) ** 2.5', lambda: (-1e300) ** 2.5), ('(-0.0) ** 0.5', lambda: (-0.0) ** 0.5),
    ('(-2.0) ** 2.0', lambda: (-2.0) ** 2.0), ('(-inf) ** 0.5', lambda: float('-inf') ** 0.5),
    ('(-2.0) ** inf', lambda: (-2.0) ** float('inf')), ('(-2.0) ** nan', lambda: (-2.0) ** float('nan')),
    ('pow(-1, 0.5)', lambda: pow(-1, 0.5)), ('pow(-27.0, 1/3)', lambda: pow(-27.0, 1 / 3)),
    ('(-4) ** 0.5 == 2j', lambda: (-4) ** 0.5 == 2j), ('type((-1) ** 0.5)', lambda: type((-1) ** 0.5).__name__),
]:
    show(label, f)
x = -2.0
x **= 0.5
print(x)

# Three-argument pow with a complex anywhere refuses the modulus.
for label, f in [
    ('pow(1j, 2)', lambda: pow(1j, 2)), ('pow(1j, 2, None)', lambda: pow(1j, 2, None)),
    ('pow(1j, 2, 3)', lambda: pow(1j, 2, 3)), ('pow(2, 1j, 3)', lambda: pow(2, 1j, 3)),
    ('pow(2, 3, 1j)', lambda: pow(2, 3, 1j)), ('pow(2.0, 1j, 3)', lambda: pow(2.0, 1j, 3)),
    ('pow(2, 3.0, 5)', lambda: pow(2, 3.0, 5)), ('pow("a", 1j, 3)', lambda: pow('a', 1j, 3)),
    ('pow(1j, "a", 3)', lambda: pow(1j, 'a', 3)), ('pow(2, 3, [1j])', lambda: pow(2, 3, [1j])),
    ('(1j).__pow__(2, 3)', lambda: (1j).__pow__(2, 3)), ('(1j).__rpow__(2)', lambda: (1j).__rpow__(2)),
    ('(1j).__pow__("x")', lambda: (1j).__pow__('x')), ('1j ** "x"', lambda: 1j ** 'x'),
]:
    show(label, f)
