# Covers: complex + - * / with int, bool, float and complex on either side; unsupported operators.
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

operands = [2, -3, True, 0, 10**20, 1.5, -0.0, 0.0, 2j, 1 + 1j, -2.5 + 0.5j, 0j, complex(0, -0.0),
            complex(float('inf'), 1), complex(1e308, 1e308)]
for a in operands:
    for b in operands:
        if not isinstance(a, complex) and not isinstance(b, complex):
            continue
        show('%r + %r' % (a, b), lambda: a + b)
        show('%r - %r' % (a, b), lambda: a - b)
        show('%r * %r' % (a, b), lambda: a * b)
        show('%r / %r' % (a, b), lambda: a / b)

# Smith's algorithm for division (no spurious overflow), signed zeros, NaN divisors.
show('1e300j / 1e300j', lambda: 1e300j / 1e300j)
show('(1e308+1e308j) / (1e308+1e308j)', lambda: (1e308 + 1e308j) / (1e308 + 1e308j))
show('1 / complex(0, nan)', lambda: 1 / complex(0, float('nan')))
show('(1+2j) / complex(inf, inf)', lambda: (1 + 2j) / complex(float('inf'), float('inf')))
show('complex(inf, 0) * 1j', lambda: complex(float('inf'), 0) * 1j)
show('1j / 0', lambda: 1j / 0)
show('1j / 0.0', lambda: 1j / 0.0)
show('1 / 0j', lambda: 1 / 0j)
show('0j / -0j', lambda: 0j / -0j)
show('1j / False', lambda: 1j / False)
show('1j / 10**400', lambda: 1j / 10**400)

# In-place operators rebind (complex is immutable).
z = 1 + 1j
w = z
z += 1
z *= 2j
z -= 0.5
z /= 2
print(z, w, z is w)

# Unary operators, abs, bool.
for v in [1 + 2j, -0j, 0j, complex(-0.0, 0.0), complex(float('nan'), 0), complex(0, float('-inf'))]:
    print(repr(v), repr(-v), repr(+v), abs(v), bool(v))
show('abs(3+4j)', lambda: abs(3 + 4j))
show('abs(1e308+1e308j)', lambda: abs(1e308 + 1e308j))
show('abs(complex(inf, nan))', lambda: abs(complex(float('inf'), float('nan'))))
show('abs(complex(nan, 1))', lambda: abs(complex(float('nan'), 1)))
show('abs(5e-324+5e-324j)', lambda: abs(5e-324 + 5e-324j))
show('~1j', lambda: ~1j)

# Operators complex does not support.
for label, f in [
    ('1j // 1', lambda: 1j // 1), ('1 // 1j', lambda: 1 // 1j), ('1j % 2', lambda: 1j % 2),
    ('2.0 % 1j', lambda: 2.0 % 1j), ('divmod(1j, 1)', lambda: divmod(1j, 1)),
    ('divmod(1, 1j)', lambda: divmod(1, 1j)), ('1j << 1', lambda: 1j << 1), ('1j & 1', lambda: 1j & 1),
    ('1j + "a"', lambda: 1j + 'a'), ('"a" + 1j', lambda: 'a' + 1j), ('[1] * 1j', lambda: [1] * 1j),
    ('1j * "ab"', lambda: 1j * 'ab'), ('1j @ 1j', lambda: 1j @ 1j), ('None - 1j', lambda: None - 1j),
]:
    show(label, f)
z = 1j
try:
    z //= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    z %= 2
except TypeError as e:
    print(type(e).__name__, e)

# Reflected operators and NotImplemented from the dunders themselves.
print((1j).__add__(2), (1j).__radd__(2.5), (1j).__sub__('x'), (2j).__rsub__(1), (2j).__rtruediv__(4))
print((1j).__mul__(None), (3j).__rmul__(True), int.__add__(1, 1j), float.__mul__(2.0, 1j))

# sum() of complexes, mixed with ints and floats.
print(sum([1j, 2, 3.5]), sum([0.1j] * 10), sum([], 0j), sum([1 + 1j, -1 - 1j]), sum((1j for _ in range(3)), 1))
