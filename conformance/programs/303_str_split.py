# Covers: str.split/rsplit on whitespace (incl. Unicode whitespace) and on a separator, with
# maxsplit, keyword arguments, and errors.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


samples = ['  a b  c  ', 'a b c', '', '   ', 'one', '\ta\n\x0bb\x0cc\rd', 'x\u3000y\u2003z\xa0w\x85v\x1cu', 'a\u200bb']
for t in samples:
    print(repr(t), t.split(), t.rsplit(), t.split(None, 1), t.rsplit(None, 1), t.split(maxsplit=0), t.rsplit(maxsplit=2))

seps = [('a,b,,c,', ','), (',,', ','), ('a--b--c', '--'), ('abc', 'x'), ('', ','), ('aaa', 'a'), ('a<>b<>c', '<>')]
for t, sep in seps:
    print(repr(t), repr(sep), t.split(sep), t.rsplit(sep), t.split(sep, 1), t.rsplit(sep, 1), t.split(sep, 0), t.rsplit(sep, -5))

print('1 2 3'.split(sep=None, maxsplit=1), '1,2,3'.rsplit(sep=',', maxsplit=1), 'a b'.split(' '))
print('a  b'.split(' '), ' a b '.split(' '), 'ab'.split('ab'), 'a b c'.split(maxsplit=True))

show('empty sep', lambda: 'abc'.split(''))
show('rsplit empty sep', lambda: 'abc'.rsplit(''))
show('int sep', lambda: 'abc'.split(1))
show('bytes sep', lambda: 'abc'.rsplit(b'a'))
show('str maxsplit', lambda: 'abc'.split(maxsplit='x'))
show('float maxsplit', lambda: 'abc'.split(',', 1.0))
show('too many', lambda: 'abc'.split(',', 1, 2))
show('bad kw', lambda: 'abc'.split(sepx=','))
show('dup', lambda: 'abc'.split(',', sep=','))
