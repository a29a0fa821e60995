# Covers: str.splitlines with every line boundary (\n \r \r\n \v \f \x1c-\x1e \x85 \u2028
# \u2029) and keepends, and str.partition/rpartition.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


text = 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm'
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True) == text.splitlines(True))
for t in ['', '\n', 'abc', 'abc\n', '\n\nx', 'x\r', '\r\n\r\n', 'a\n\rb']:
    print(repr(t), t.splitlines(), t.splitlines(1))
show('float keepends', lambda: 'a\nb'.splitlines(1.5))
show('str keepends', lambda: 'a\nb'.splitlines('x'))
show('too many', lambda: 'a'.splitlines(True, False))

for t in ['key=value', 'key=', '=value', 'novalue', 'a=b=c', '']:
    print(repr(t), t.partition('='), t.rpartition('='))
print('one::two::three'.partition('::'), 'one::two::three'.rpartition('::'))
show('partition empty', lambda: 'abc'.partition(''))
show('rpartition empty', lambda: 'abc'.rpartition(''))
show('partition int', lambda: 'abc'.partition(1))
show('partition none', lambda: 'abc'.rpartition(None))
show('partition no args', lambda: 'abc'.partition())
