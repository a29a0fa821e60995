# Covers: every error raised by str % formatting: argument count mismatches, wrong types for
# numeric conversions, %c errors, unsupported characters (printable and not), incomplete
# formats and keys, mappings required, * arguments, and errors from __str__/__format__ of args.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Boom:
    def __str__(self):
        raise RuntimeError('boom in __str__')

    def __repr__(self):
        return 'Boom()'


show('not enough', lambda: '%s %s' % ('a',))
show('not enough empty', lambda: '%s' % ())
show('too many', lambda: '%s' % ('a', 'b'))
show('single not converted', lambda: 'abc' % 5)
show('single str not converted', lambda: 'abc' % 'x')
show('d str', lambda: '%d' % 'x')
show('i str', lambda: '%i' % '1')
show('u none', lambda: '%u' % None)
show('x float', lambda: '%x' % 1.5)
show('o str', lambda: '%o' % 'x')
show('X list', lambda: '%X' % [1])
show('f str', lambda: '%f' % 'x')
show('e none', lambda: '%e' % None)
show('g list', lambda: '%g' % [1.0])
show('d inf', lambda: '%d' % float('inf'))
show('d nan', lambda: '%d' % float('nan'))
show('f huge int', lambda: '%f' % 10**400)
show('c two chars', lambda: '%c' % 'ab')
show('c float', lambda: '%c' % 1.5)
show('c negative', lambda: '%c' % -1)
show('c too big', lambda: '%c' % 0x110000)
show('c none', lambda: '%c' % None)
show('unsupported y', lambda: '%y' % 1)
show('unsupported later', lambda: 'abc %s %k' % (1, 2))
show('unsupported control', lambda: '%\x01' % 1)
show('unsupported unicode', lambda: '%é' % 1)
show('unsupported after width', lambda: '%5%' % 1)
show('b in str', lambda: '%b' % 1)
show('incomplete', lambda: 'abc %' % ())
show('incomplete width', lambda: '%5' % 1)
show('incomplete prec', lambda: '%.' % 1)
show('incomplete key', lambda: '%(name' % {'name': 1})
show('needs mapping', lambda: '%(name)s' % ('x',))
show('needs mapping int', lambda: '%(name)s' % 5)
show('missing key', lambda: '%(name)s' % {})
show('mixed', lambda: '%(a)s %s' % {'a': 1})
show('list key', lambda: '%(a)s' % [1])
show('star not int', lambda: '%*d' % ('a', 1))
show('star prec not int', lambda: '%.*f' % (1.5, 1.0))
show('star missing', lambda: '%*d' % (5,))
show('key then star', lambda: '%(a)*d' % {'a': 1})
show('str raises', lambda: '%s' % Boom())
show('repr ok', lambda: '%r' % Boom())
show('rmod', lambda: 5 % 'x')
show('tuple subclass', lambda: '%s-%s' % type('T', (tuple,), {})((1, 2)))
