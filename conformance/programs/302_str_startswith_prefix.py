# Covers: str.startswith/endswith (tuples, start/end, empty prefix edge cases, errors) and
# removeprefix/removesuffix.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.startswith('world', 6), s.startswith('wor', 6, 8))
print(s.endswith('world'), s.endswith('hello'), s.endswith('hello', 0, 5), s.endswith('lo', 0, -6))
print(s.startswith(('x', 'he')), s.startswith(()), s.endswith(('ld', 'x')), s.endswith(('a', 'b')))
print(s.startswith(''), s.startswith('', 11), s.startswith('', 12), s.endswith('', 5, 4), s.endswith('', 3, 3))
print(s.startswith('h', -100), s.endswith('d', -1), s.endswith('d', None, None), s.startswith('o', -7, None))
print(''.startswith(''), ''.endswith(''), ''.startswith('a'))

show('startswith int', lambda: s.startswith(1))
show('endswith list', lambda: s.endswith(['d']))
show('tuple bad item', lambda: s.startswith(('x', 1)))
show('tuple match first', lambda: s.startswith(('h', 1)))
show('no args', lambda: s.startswith())
show('too many', lambda: s.endswith('a', 1, 2, 3))
show('bad start', lambda: s.startswith('h', 'x'))

print('TestCase'.removeprefix('Test'), 'TestCase'.removeprefix('Case'), 'TestCase'.removeprefix(''))
print('TestCase'.removesuffix('Case'), 'TestCase'.removesuffix('Test'), 'abc'.removesuffix('abc') == '')
print('aaa'.removeprefix('a'), 'aaa'.removesuffix('aa'))
show('removeprefix int', lambda: s.removeprefix(1))
show('removesuffix none', lambda: s.removesuffix(None))
show('removeprefix none args', lambda: s.removeprefix())
