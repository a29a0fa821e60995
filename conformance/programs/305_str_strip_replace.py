# Covers: str.strip/lstrip/rstrip (default Unicode whitespace and explicit character sets) and
# str.replace (count, empty old string, no match) with their errors.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for t in ['  hi  ', '\t\n hi \r\x0b\x0c', '\u3000hi\xa0\x85', 'hi', '', '    ', '\x1chi\x1f']:
    print(repr(t), repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()))
print('xxhixx'.strip('x'), 'abcHIcba'.strip('abc'), 'abcHIcba'.lstrip('cba'), 'abcHIcba'.rstrip('ab'))
print(repr('www.example.com'.strip('cmowz.')), repr('aaa'.strip('a')), repr('abc'.strip('')), repr('  x '.strip(None)))
print(repr('ééxéé'.strip('é')), repr('😀x😀'.strip('😀')), repr('😀x😁'.rstrip('😁')))
show('strip int', lambda: 'abc'.strip(1))
show('lstrip list', lambda: 'abc'.lstrip(['a']))
show('rstrip bytes', lambda: 'abc'.rstrip(b'c'))
show('strip too many', lambda: 'abc'.strip('a', 'b'))

s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('one', '1', -1))
print(s.replace('zzz', 'x'), s.replace(' ', ''), 'aaaa'.replace('aa', 'b'), 'aaa'.replace('a', 'aa'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), ''.replace('a', 'x'), 'abc'.replace('', '', 5))
print('αβγ'.replace('β', 'beta'), '😀😀'.replace('', '.'), 'abc'.replace('abc', ''))
show('replace int', lambda: 'abc'.replace(1, 'x'))
show('replace int new', lambda: 'abc'.replace('a', 1))
show('replace one arg', lambda: 'abc'.replace('a'))
show('replace str count', lambda: 'abc'.replace('a', 'b', 'c'))
show('replace float count', lambda: 'abc'.replace('a', 'b', 1.0))
show('replace kw', lambda: 'abc'.replace('a', 'b', count=1))
