# Covers: str.format and f-strings calling __format__ of user classes with (expanded) specs,
# format() builtin with str specs, str.__format__ (fill/align/precision with wide characters)
# and string format-spec errors.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith('F'):
            return '%.1f°F' % (self.c * 9 / 5 + 32)
        return format(self.c, spec) + '°C'

    def __str__(self):
        return 'Temp(%s)' % self.c


t = Temp(21.5)
print('{}'.format(t), '{:F}'.format(t), '{:.3f}'.format(t), '{:{}}'.format(t, '>8'), '{!s}'.format(t), f'{t:F}')
print(format('abc', '>6'), format('abc', '.2'), format('abc', '^7.1'), format('abc', 'x<5'), format('abc', 's'), format('', '3') + '|')
print(format('中文', '*^6'), format('😀', '->4'), format('é', '03'), format('abc', '0>5'), format('ab', '010'))
show('sign', lambda: format('a', '+'))
show('space', lambda: format('a', ' '))
show('alt', lambda: format('a', '#'))
show('eq align', lambda: format('a', '=5'))
show('comma', lambda: format('a', ','))
show('z', lambda: format('a', 'z'))
show('type d', lambda: format('a', 'd'))
show('type unknown', lambda: format('a', 'Q'))
show('spec int', lambda: format('a', 5))
show('bad width', lambda: format('a', '1' * 30))


class BadFormat:
    def __format__(self, spec):
        return 42


show('non-str __format__', lambda: '{}'.format(BadFormat()))
show('object default', lambda: format(type('Plain', (), {'__str__': lambda self: 'plain!'})(), ''))
show('object nonempty', lambda: format(type('Plain', (), {})(), '>5'))
width = 10
print(f'{"left":<{width}}|{"right":>{width}}|{3.14159:.{width - 7}f}')
print('{:{w}}|{:>{w}}|'.format('a', 'b', w=4), '{0:{1}{2}}|'.format('q', '^', 5))
