# Covers: complex(real=0, imag=0): numbers, strings, __complex__/__float__/__index__, and errors.
def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

show('complex()', lambda: complex())
show('complex(1)', lambda: complex(1))
show('complex(1, 2)', lambda: complex(1, 2))
show('complex(1.5, -2.5)', lambda: complex(1.5, -2.5))
show('complex(True, False)', lambda: complex(True, False))
show('complex(10**20)', lambda: complex(10**20, -10**20))
show('complex(10**400)', lambda: complex(10**400))
show('complex(1j, 1j)', lambda: complex(1j, 1j))
show('complex(1+2j, 3+4j)', lambda: complex(1 + 2j, 3 + 4j))
show('complex(2, 1j)', lambda: complex(2, 1j))
show('complex(real=3)', lambda: complex(real=3))
show('complex(imag=3)', lambda: complex(imag=3))
show('complex(imag=1, real=2)', lambda: complex(imag=1, real=2))
show('complex(1, real=2)', lambda: complex(1, real=2))
show('complex(1, 2, 3)', lambda: complex(1, 2, 3))
show('complex(foo=1)', lambda: complex(foo=1))
z = 5 + 6j
show('complex(z) is z', lambda: complex(z) is z)
show('complex(float("nan"), float("inf"))', lambda: complex(float('nan'), float('inf')))
show('complex(-0.0, -0.0)', lambda: complex(-0.0, -0.0))
show('complex(0, -0.0)', lambda: complex(0, -0.0))

# Strings: the forms <float>, <float>j, <float>±<float>j, ±j, j, in optional parentheses.
strings = [
    '1', '1j', '1+2j', '1-2j', '-1.5e3-2.5e-3J', ' 3+4j ', '(1+2j)', ' ( 1+2j ) ', '( -j )', 'j', '+j', '-j',
    '1+j', '1-J', 'inf', '-infj', 'infinity+nanj', 'NaN-InFj', '1e500j', '1_000+2_000j', '1.5', '.5j', '5.j',
    '1e5j', '0x10', '1e', '1+', '1+2', '1+2jj', 'j1', '(1+2j', '1+2j)', '()', '', ' ', '1 + 2j', '1+ 2j',
    '1__0', '_1', '1_', '1_j', '(1)', '１２３', '١+٢j', '1\u00a0', '\u20031j', '1\x00', '--1', '+-1j', 'nanj',
    'infj', '-1e-400+1e-400j', '12345678901234567890.123j',
]
for s in strings:
    show('complex(%r)' % s, lambda s=s: complex(s))

show('complex("1", 2)', lambda: complex('1', 2))
show('complex(1, "2")', lambda: complex(1, '2'))
show('complex(b"1")', lambda: complex(b'1'))
show('complex([])', lambda: complex([]))
show('complex(1, [])', lambda: complex(1, []))
show('complex(None)', lambda: complex(None))

class WithComplex:
    def __complex__(self):
        return 1 + 2j

class WithFloat:
    def __float__(self):
        return 2.5

class WithIndex:
    def __index__(self):
        return 7

class BadComplex:
    def __complex__(self):
        return 3.0

class BadFloat:
    def __float__(self):
        return 'x'

class Both:
    def __complex__(self):
        return 9j
    def __float__(self):
        return 4.0

show('complex(WithComplex())', lambda: complex(WithComplex()))
show('complex(WithComplex(), 1)', lambda: complex(WithComplex(), 1))
show('complex(1, WithComplex())', lambda: complex(1, WithComplex()))
show('complex(WithFloat())', lambda: complex(WithFloat()))
show('complex(WithFloat(), WithFloat())', lambda: complex(WithFloat(), WithFloat()))
show('complex(WithIndex(), WithIndex())', lambda: complex(WithIndex(), WithIndex()))
show('complex(BadComplex())', lambda: complex(BadComplex()))
show('complex(BadFloat())', lambda: complex(BadFloat()))
show('complex(Both())', lambda: complex(Both()))
show('complex(1, Both())', lambda: complex(1, Both()))
show('complex.__new__(complex, 1, 2)', lambda: complex.__new__(complex, 1, 2))
show('complex.__new__(int)', lambda: complex.__new__(int))
show('complex.__new__(1)', lambda: complex.__new__(1))
