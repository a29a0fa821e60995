# Covers: Subclasses of complex, numbers.Complex, copy, and complex values flowing through builtins.
import copy
import numbers

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class Z(complex):
    """A complex with a name."""
    def describe(self):
        return 'Z(%s, %s)' % (self.real, self.imag)

z = Z(1, 2)
print(z, repr(z), type(z).__name__, z.describe(), isinstance(z, complex), type(z) is complex)
print(Z('3-4j'), Z(), Z(imag=5), Z(z), type(Z(z)).__name__, Z(1j) == 1j)
for label, f in [('z + 1', lambda: z + 1), ('1 + z', lambda: 1 + z), ('z * z', lambda: z * z), ('-z', lambda: -z),
                 ('+z', lambda: +z), ('abs(z)', lambda: abs(z)), ('z ** 2', lambda: z ** 2), ('z.conjugate()', lambda: z.conjugate()),
                 ('complex(z)', lambda: complex(z)), ('z.__complex__()', lambda: z.__complex__()), ('z == 1+2j', lambda: z == 1 + 2j),
                 ('hash(z) == hash(1+2j)', lambda: hash(z) == hash(1 + 2j)), ('format(z, ".1f")', lambda: format(z, '.1f'))]:
    r = f()
    print(label, '->', repr(r), type(r).__name__)
show('format(z, "x")', lambda: format(z, 'x'))
z.tag = 'attr'
print(z.tag, z.__dict__, Z.__doc__)
print({1 + 2j: 'plain'}[z], {Z(5): 'sub'}[5], {5: 'int'}[Z(5)], Z(5) in {5.0}, len({Z(1), 1, 1.0}))

class Loud(complex):
    def __repr__(self):
        return 'Loud' + complex.__repr__(self)
    def __add__(self, other):
        return 'Loud.__add__'
    def __radd__(self, other):
        return 'Loud.__radd__'
    def __eq__(self, other):
        return 'Loud.__eq__'
    __hash__ = complex.__hash__

w = Loud(2, 3)
print(w, str(w), [w], f'{w}', format(w, ''), w + 1, 1 + w, 1j + w, w - 1, w == 1, 1 == w)

class Neg(complex):
    def __new__(cls, re=0, im=0):
        return super().__new__(cls, -re, -im)

print(Neg(1, 2), type(Neg(1, 2)).__name__, Neg(), Neg(1j))

class FromComplex:
    def __complex__(self):
        return Z(7, 8)

show('complex(FromComplex())', lambda: complex(FromComplex()))
show('type(complex(FromComplex()))', lambda: type(complex(FromComplex())).__name__)

# numbers ABCs.
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(1.5, numbers.Complex),
      isinstance(1, numbers.Complex), isinstance(z, numbers.Number), issubclass(complex, numbers.Number))

# copy keeps the object (immutable); a subclass instance is copied with its attributes.
c = 3 + 4j
print(copy.copy(c) is c, copy.deepcopy(c) is c, copy.deepcopy([c, c])[0] is c)
z2 = copy.copy(z)
print(z2, type(z2).__name__, z2.tag, z2 is z)

# Builtins on complex values.
values = [3 + 4j, -1j, 0j, 2.5, -3, 1 + 1j]
print(sum(values), sum(values, 10j), any([0j, 0j]), any([0j, 1j]), all([1j, 1 + 0j]), all([0j]))
print(sorted(values, key=abs), max(values, key=abs), min(values, key=lambda v: (v.imag, v.real)))
print(list(map(abs, values)), list(filter(None, values)), values.index(-1j), values.count(0), 2.5 + 0j in values)
print(tuple(reversed(values)), [v.conjugate() for v in values], {v: abs(v) for v in values[:3]})
print(list(zip(values, range(3))), dict.fromkeys([1j, 1j, 2j]), set([1j, 1 + 0j, 1]) == {1, 1j})
print(repr(eval('3+4j')), repr(eval(repr(complex(1.5, -0.0)))), eval('complex(' + repr(2.5) + ', 1)'))
print(str(1j).encode(), bytes(str(2j), 'ascii'), '%s' % (1 + 1j,), '{!r:>12}'.format(1j))
print(hasattr(1j, '__float__'), hasattr(1j, '__int__'), hasattr(1j, '__round__'),
      hasattr(1j, '__floordiv__'), hasattr(1j, '__mod__'), callable(complex))
print([n for n in dir(complex) if not n.startswith('_')], '__complex__' in dir(1j), '__getnewargs__' in dir(1j))

# int and float subclass instances are numbers to complex arithmetic and equality.
class MyInt(int):
    pass

class MyFloat(float):
    pass

print(1j + MyInt(2), MyInt(2) * 1j, 1j == MyInt(0), (1 + 0j) == MyInt(1), MyInt(1) == 1 + 0j, complex(MyInt(1), MyInt(2)))
print(1j + MyFloat(2.5), MyFloat(1.5) == 1.5 + 0j, complex(MyFloat(2.5)), MyInt(3) ** 1j, {1: 'a'}[complex(MyInt(1))])
