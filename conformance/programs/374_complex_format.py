# Covers: format() of complex: no type (like str, honouring width/precision), e/f/g/n and their options,
# str.format, f-strings, %-formatting, and the spec errors.
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

values = [1 + 2j, -1.5 - 2.25j, 3j, -0j, complex(-0.0, 0.0), 1234567.891 - 0.000012345j, 1e20 + 1e-20j,
          complex(float('inf'), float('-inf')), complex(float('nan'), 2), 0.1 + 0.2j]
specs = ['', '10', '<20', '>20', '^20', '*^25', '+', ' ', '-', '.2', '.0', '.3g', 'e', '.2E', 'f', '.1F', 'g',
         'G', 'n', '.4n', '#', '#.0f', '#g', ',', '_.2f', ',.1f', 'z.1f', '+.3e', ' g', '20.3f', '.15g', '.17g',
         '#.3', 'x>30.2e']
for v in values:
    for s in specs:
        show('format(%r, %r)' % (v, s), lambda: format(v, s))

for s in ['010', '0<10', '=10', '%', 'd', 'x', 's', 'c', '.2%', ',n', '_x', 'abc', '.', '1.2.3']:
    show('format(1+2j, %r)' % s, lambda: format(1 + 2j, s))
show('(1j).__format__(1)', lambda: (1j).__format__(1))

z = 3 - 4j
print('{0} {0!r} {0!s} {0:>10} {0:.1f} {0.real} {0.imag}'.format(z))
print(f'{z}|{z!r}|{z:^12}|{z:+.2e}|{z.real:.1f}|{z.conjugate():g}|{abs(z):.3f}')
print(f'{1j:10}|{-1j:<10}|{1e100j:e}|{complex(1, -0.0):}|{complex(-0.0, -0.0):.1f}')
print('%s %r %10s %-12r|' % (z, z, 1j, -2j))
for fmt in ['%f', '%d', '%x', '%e', '%g', '%5.2f', '%c']:
    show('%r %% 1j' % fmt, lambda: fmt % 1j)
show("'%s' % (1j,)", lambda: '%s' % (1j,))
show("'%(a)s' % {'a': 1j}", lambda: '%(a)s' % {'a': 1j})
show("b'%s' % 1j", lambda: b'%s' % 1j)
show("b'%r' % 1j", lambda: b'%r' % 1j)
show('str(1+1j)', lambda: str(1 + 1j))
show('ascii(1+1j)', lambda: ascii(1 + 1j))
