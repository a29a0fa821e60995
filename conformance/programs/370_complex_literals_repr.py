# Covers: complex literals, repr/str (CPython's complex_repr rules), attributes and basic identity.
values = [
    1j, 2J, 0j, -0j, 1 + 2j, 1 - 2j, -1 - 2j, 3.5j, 1e16j, 1e-5j, 1.5e300j,
    0.1 + 0.2j, 1e16 + 1j, 123456789012345678j, complex(-0.0, 0.0), complex(-0.0, -0.0),
    complex(0.0, -0.0), complex(1, -0.0), complex(float('inf'), 0), complex(0, float('inf')),
    complex(float('-inf'), float('-inf')), complex(float('nan'), 1), complex(1, float('nan')),
    complex(float('nan'), float('nan')), complex(2.5, float('-inf')), 1 + 0j, -(1 + 0j),
]
for v in values:
    print(repr(v), str(v), v.real, v.imag, type(v).__name__)
print(values[:6])
print((1j, -0j), {'a': 1 + 1j}, {2j}, [complex(1e-7, 1e22)])
print(type(1j), isinstance(1j, complex), isinstance(1j, (int, float)), issubclass(complex, object))
print(type(2 + 3j) is complex, complex.__name__, complex.__qualname__, complex.__module__)

# .real/.imag are floats; conjugate and __getnewargs__.
z = 3 - 4j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), (-0j).conjugate(), z.__getnewargs__())
print((1j).__complex__(), z.__complex__() is z)
for attr in ('real', 'imag'):
    try:
        setattr(z, attr, 1.0)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del z.real
except AttributeError as e:
    print(type(e).__name__, e)
try:
    z.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    z.foo
except AttributeError as e:
    print(type(e).__name__, e)

# Constant folding keeps signed zeros apart, and negative literals fold.
a = -0j
b = 0j
print(a, b, -a, -b, +a, a == b, 1j * 1j, (1j) ** 2, -1j, -(-1j))
print(1j.real, 1j.imag, (2+3j).conjugate())

# Ints, floats and bools have .real/.imag/.conjugate() too.
print((5).real, (5).imag, (2.5).imag, True.imag, (7).conjugate(), (1.5).conjugate())
print(str(1e300 * 1e300 * 1j), repr(-1e-320j), repr(complex(5e-324, -5e-324)))
