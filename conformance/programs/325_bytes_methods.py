# Covers: bytes and bytearray methods: find/rfind/index/rindex/count (ints and bytes),
# startswith/endswith, split/rsplit (ASCII whitespace only), splitlines, partition, strip family,
# replace, join, removeprefix/suffix, ASCII case methods and predicates, padding, expandtabs.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for kind in (bytes, bytearray):
    s = kind(b'abracadabra')
    print(kind.__name__, s.find(b'bra'), s.rfind(b'bra'), s.find(97), s.rfind(97, 0, 5), s.count(b'a'), s.count(97), s.count(b''),
          s.index(b'c'), s.rindex(b'a'), s.find(b'z'), s.find(b'a', -3), s.find(bytearray(b'cad')))
    print(s.startswith(b'abr'), s.startswith((b'x', b'ab')), s.endswith(b'bra', 0, -1), s.endswith(bytearray(b'ra')))
    t = kind(b'  one two\tthree\n\x0bfour\x1cfive  ')
    print(t.split(), t.rsplit(None, 1), t.split(b' '), kind(b'a,b,,c').split(b','), kind(b'a,b,,c').rsplit(b',', 1), t.split(maxsplit=1))
    print(kind(b'l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7').splitlines(), kind(b'x\ny\n').splitlines(True))
    print(kind(b'k=v=w').partition(b'='), kind(b'k=v=w').rpartition(b'='), kind(b'kv').partition(b'='), kind(b'kv').rpartition(b'='))
    print(t.strip(), t.lstrip(), t.rstrip(), kind(b'xxhixx').strip(b'x'), kind(b'\xa0hi\xa0').strip(), kind(b'abcHIcba').strip(bytearray(b'abc')))
    print(s.replace(b'a', b'A'), s.replace(b'a', b'', 2), s.replace(b'', b'.'), s.removeprefix(b'abra'), s.removesuffix(b'bra'), s.removeprefix(b'x'))
    print(kind(b', ').join([b'a', bytearray(b'b'), b'c']), kind(b'').join([]), kind(b'-').join(iter([b'x', b'y'])))
    u = kind(b'hello World \xe9\xff 123')
    print(u.upper(), u.lower(), u.title(), u.capitalize(), u.swapcase(), kind(b"they're bill's").title())
    for p in [b'', b'abc', b'ABC', b'Abc Def', b'abc123', b'123', b' \t\n', b'\x1c', b'\xe9', b'a b', b'Hello World']:
        q = kind(p)
        print(repr(q), q.isalnum(), q.isalpha(), q.isascii(), q.isdigit(), q.islower(), q.isupper(), q.isspace(), q.istitle())
    print(kind(b'ab').center(7), kind(b'ab').center(7, b'*'), kind(b'ab').ljust(5, b'-'), kind(b'ab').rjust(5), kind(b'-42').zfill(6), kind(b'a\tbc\td').expandtabs(4))
    print(type(s.replace(b'a', b'b')).__name__, type(s.split()[0]).__name__, type(s.partition(b'c')[0]).__name__, type(s.upper()).__name__)

show('find str', lambda: b'abc'.find('a'))
show('find 256', lambda: b'abc'.find(256))
show('find float', lambda: b'abc'.find(1.5))
show('index missing', lambda: b'abc'.index(b'z'))
show('rindex missing', lambda: bytearray(b'abc').rindex(120))
show('count none', lambda: b'abc'.count(None))
show('startswith str', lambda: b'abc'.startswith('a'))
show('startswith tuple str', lambda: b'abc'.startswith(('x', 'a')))
show('endswith int', lambda: b'abc'.endswith(99))
show('split str', lambda: b'a b'.split(' '))
show('split empty', lambda: b'a b'.split(b''))
show('split int', lambda: b'a b'.split(1))
show('partition empty', lambda: b'ab'.partition(b''))
show('partition str', lambda: b'ab'.partition('a'))
show('strip str', lambda: b'ab'.strip('a'))
show('replace str', lambda: b'ab'.replace('a', b'b'))
show('join str item', lambda: b''.join([b'a', 'b']))
show('join int item', lambda: b''.join([1]))
show('join not iterable', lambda: b''.join(5))
show('removeprefix str', lambda: b'ab'.removeprefix('a'))
show('center str fill', lambda: b'a'.center(5, 'x'))
show('center long fill', lambda: b'a'.center(5, b'xy'))
show('center none fill', lambda: b'a'.center(5, None))
show('kw', lambda: b'a'.find(sub=b'a'))
show('upper args', lambda: b'a'.upper(1))
