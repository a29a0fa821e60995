# Covers: str.format replacement fields: automatic and manual numbering, keyword names,
# attribute and index access chains, !r/!s/!a conversions, {{ }} escapes, reuse of arguments,
# and format_map with dicts, dict subclasses (__missing__) and custom mappings.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Defaults(dict):
    def __missing__(self, key):
        return '?' + key


class Upper:
    def __getitem__(self, key):
        return key.upper()


p = Point(3, 'four')
data = {'list': [10, 20, 30], 'nested': {'k': ['deep']}, 'x-y': 1}
print('{} {} {}'.format('a', 'b', 'c'), '{2} {1} {0}'.format('a', 'b', 'c'), '{0} {0} {1}'.format('x', 'y'))
print('{name} is {age}'.format(name='Ada', age=36), '{0} {name}'.format('pos', name='kw'), '{} {k}'.format(1, k=2))
print('{0.x} {0.y} {p.x}'.format(p, p=p), '{0[1]} {d[list][2]} {d[nested][k][0]}'.format([1, 2], d=data))
print('{0[x-y]}'.format(data), '{0[list]}'.format(data), '{0.__class__.__name__}'.format(p), '{.real}'.format(5))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>12}|'.format('x'), '{p!r}'.format(p=p), '{!s:5}|'.format(1))
print('{{}} {{{0}}} {{0}} }}{{'.format('v'), '{{'.format(), '}}'.format())
print('{:>8}|{:<8}|{:^8}|{:*^9}'.format('r', 'l', 'c', 'st'), '{:08.3f} {:+d} {:,} {:x} {:#b} {:e} {:%}'.format(3.14159, 5, 1234567, 255, 5, 12345.678, 0.25))
print('{0:{1}} {0:{width}.{prec}f} {:{}}|'.format(2.5, 8, width=10, prec=3) if False else '{0:{1}}|{0:{w}.{p}f}|'.format(2.5, 8, w=10, p=3))
print('{:{}{}}|'.format('x', '>', 5), '{:{fill}{align}{width}}|'.format('y', fill='-', align='^', width=7))
print('{0}{1}{0}'.format('ab', 'cd'), '{}'.format(None), '{}'.format([1, {'a': (2,)}]), '{:}'.format(7), '{0:}'.format('z'))
print('{٣}'.format(0, 1, 2, 'arabic-three'), '{00}'.format('leading zero'), '{0[0]}'.format({0: 'int key'}), '{0[a]}'.format({'a': 'str key'}))
print('{name} {missing}'.format_map(Defaults(name='n')), '{a}-{b}'.format_map(Upper()), '{x.real}'.format_map({'x': 4}))
print('{0[-1]}'.format({'-1': 'dash key'}), 'plain'.format(1, 2, k=3), ''.format())
print(str.format('{}+{}', 1, 2), 'x{}'.format('y') == 'xy')
