# Covers: hash(complex) = hash(re) + 1000003*hash(im) (mod 2**64, -1 -> -2), equality with int/float,
# dict/set keys, no ordering, and the conversions complex refuses.
import math

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for z in [0j, 1j, -1j, 1 + 0j, -1 + 0j, complex(-1, 0), 2 + 3j, -2 - 3j, 0.5 + 0.25j, 1e300j,
          complex(2**61, 1), complex(2**62, 2**62), complex(float('inf'), 0), complex(0, float('-inf')),
          complex(-0.0, -0.0), 1e-300 - 1e300j, complex(9007199254740993, 3)]:
    print(repr(z), hash(z), hash(z) == hash(z.real) + 1000003 * hash(z.imag))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(complex(-1, 0)), hash(-1))
print(hash(complex(0, -1/1000003)), hash(complex(1, -1/1000003)))

# Equality: with int (exact, even for huge ints), float and complex; never equal to other types.
for a, b in [(1 + 0j, 1), (1 + 0j, 1.0), (1 + 0j, True), (0j, False), (1j, 1), (2**53 + 1 + 0j, 2**53 + 1),
             (complex(2**53), 2**53 + 1), (complex(1e16), 10**16), (complex(float('inf')), 10**400),
             (1 + 1j, 1 + 1j), (complex(-0.0, 0), 0j), (1j, '1j'), (1j, None), (1j, [1j])]:
    print(repr(a), repr(b), a == b, b == a, a != b, b != a)
n = complex(float('nan'), 0)
print(n == n, n != n, n is n, [n] == [n], n in [n], n in [complex(float('nan'), 0)])
print((1j).__eq__(1j), (1j).__eq__('x'), (1j).__ne__(2), (1j).__lt__(2j), (1j).__ge__(1j))

# Ordering comparisons raise TypeError, in both directions and in sorting.
for label, f in [('1j < 2j', lambda: 1j < 2j), ('1j > 1', lambda: 1j > 1), ('1 <= 1j', lambda: 1 <= 1j),
                 ('1.5 >= 1j', lambda: 1.5 >= 1j), ('sorted([1j, 2j])', lambda: sorted([1j, 2j])),
                 ('max(1j, 2j)', lambda: max(1j, 2j)), ('min([3, 1j])', lambda: min([3, 1j])),
                 ('"a" < 1j', lambda: 'a' < 1j)]:
    show(label, f)
print(sorted([3 + 4j, 1j, -2, 0.5 + 0.5j], key=abs))

# dict and set keys: equal numbers are the same key.
d = {1: 'int', 2.5: 'float', 3j: 'complex'}
print(d[1 + 0j], d[2.5 + 0j], d[3j], d.get(complex(0, 3.0)), (1 + 0j) in d, 1j in d)
d[1 + 0j] = 'replaced'
d[complex(-0.0, 3)] = 'neg zero real'
print(d)
s = {1, 1.0, 1 + 0j, True, 2j, complex(0, 2), -0j, 0, 0.0}
print(len(s), sorted(s, key=lambda v: (abs(v), repr(v))))
print({(1, 1j): 'x'}[(1 + 0j, complex(0, 1))], frozenset([1j, 2j]) == frozenset([2j, 1j]))
print(list({1j: 1, 2j: 2, 1j + 0: 3}.items()), {1j, 1j, 2j} == {2j, 1j})

# Conversions complex does not support.
z = 1j
for label, f in [('int(1j)', lambda: int(1j)), ('float(1j)', lambda: float(1j)), ('round(1j)', lambda: round(1j)),
                 ('round(1j, 2)', lambda: round(1j, 2)), ('math.floor(1j)', lambda: math.floor(1j)),
                 ('math.sqrt(1j)', lambda: math.sqrt(1j)), ('math.isnan(1j)', lambda: math.isnan(1j)),
                 ('math.exp(1+0j)', lambda: math.exp(1 + 0j)), ('math.fsum([1j])', lambda: math.fsum([1j])),
                 ('math.isclose(1j, 1j)', lambda: math.isclose(1j, 1j)), ('range(1j)', lambda: range(1j)),
                 ('[1, 2][z]', lambda: [1, 2][z]), ('hex(1j)', lambda: hex(1j)), ('chr(1j)', lambda: chr(1j)),
                 ('bin(1j)', lambda: bin(1j)), ('"ab" * 1j', lambda: 'ab' * 1j), ('math.trunc(1j)', lambda: math.trunc(1j)),
                 ('int("1j")', lambda: int('1j')), ('float("1j")', lambda: float('1j')), ('bool(0j)', lambda: bool(0j))]:
    show(label, f)
