# Covers: str's special methods called explicitly (__len__, __getitem__, __contains__, __add__,
# __mul__, __rmul__, __mod__, __rmod__, comparisons, __hash__, __repr__, __str__, __format__,
# __getnewargs__, __sizeof__), NotImplemented results, and operator errors involving str.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = 'hello'
show('len', lambda: (s.__len__(), str.__len__('')))
show('getitem', lambda: (s.__getitem__(1), s.__getitem__(-1), s.__getitem__(slice(1, 4)), s.__getitem__(slice(None, None, -2))))
show('contains', lambda: (s.__contains__('ell'), s.__contains__(''), s.__contains__('z')))
show('contains int', lambda: s.__contains__(1))
show('in int', lambda: 1 in s)
show('add', lambda: s.__add__(' world'))
show('add int', lambda: s.__add__(1))
show('mul', lambda: (s.__mul__(2), s.__rmul__(3), s.__mul__(0), s.__mul__(-1), s.__mul__(True)))
show('mod', lambda: '%s!'.__mod__('hi'))
show('rmod', lambda: s.__rmod__(1))
show('rmod str', lambda: str.__rmod__('x', '%s'))
show('eq', lambda: (s.__eq__('hello'), s.__eq__(1), s.__ne__('x'), s.__ne__(None)))
show('lt', lambda: (s.__lt__('help'), s.__le__('hello'), s.__gt__('a'), s.__ge__('z'), s.__lt__(1)))
show('hash', lambda: (s.__hash__() == hash(s), hash('') == ''.__hash__(), hash('é') == 'é'.__hash__()))
show('repr', lambda: (s.__repr__(), "it's".__repr__()))
show('str', lambda: s.__str__())
show('format', lambda: (s.__format__(''), s.__format__('>8'), s.__format__('^9.3')))
show('format int', lambda: s.__format__(1))
show('format bad', lambda: s.__format__('d'))
show('format sign', lambda: format(s, '+'))
show('format alt', lambda: format(s, '#'))
show('format eq', lambda: format(s, '=10'))
show('getnewargs', lambda: s.__getnewargs__())
show('sizeof', lambda: ('a'.__sizeof__(), ''.__sizeof__(), 'é'.__sizeof__(), '€€'.__sizeof__(), '😀'.__sizeof__()))
show('descriptor', lambda: str.__len__(5))
show('unbound no self', lambda: str.upper())
show('iter', lambda: list(s.__iter__()))
show('concat error', lambda: 'a' + 1)
show('radd error', lambda: 1 + 'a')
show('mul error', lambda: 'a' * 'b')
show('mul float', lambda: 'a' * 1.5)
show('lt error', lambda: 'a' < 1)
show('ge error', lambda: None >= 'a')
show('eq mixed', lambda: ('a' == 1, 'a' != b'a', '1' == 1))
show('index error', lambda: 'abc'[3])
fidx = 1.0
show('index float', lambda: 'abc'[fidx])
show('assign', lambda: exec("x = 'abc'\nx[0] = 'z'"))
show('delete', lambda: exec("x = 'abc'\ndel x[0]"))


class R:
    def __radd__(self, other):
        return 'R.__radd__(%r)' % other

    def __rmul__(self, other):
        return 'R.__rmul__(%r)' % other

    def __rmod__(self, other):
        return 'R.__rmod__'

    def __index__(self):
        return 2


print('abc' + R(), 'ab' * R(), 'x%sy' % R() if False else 'skip', 'x' % R() if False else 'skip2')
print('%s' % (R(),) != '', R() * 'ab' if hasattr(R, '__mul__') else 'no __mul__')
