# Covers: str.center/ljust/rjust (fill characters, odd padding rounding, wide characters),
# str.zfill (signs) and str.expandtabs (tab sizes, newlines), with their argument errors.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for w in range(0, 9):
    print(w, repr('ab'.center(w)), repr('abc'.center(w, '*')), repr('ab'.ljust(w, '.')), repr('ab'.rjust(w, '-')))
print(repr('x'.center(4)), repr('x'.center(5)), repr('xy'.center(5)), repr('xy'.center(6, 'é')), repr('😀'.center(5, '😁')))
print(repr('中文'.center(6, '＊')), repr(''.center(3)), repr('abc'.ljust(-1)))
show('fill two chars', lambda: 'a'.center(5, 'ab'))
show('fill empty', lambda: 'a'.ljust(5, ''))
show('fill int', lambda: 'a'.rjust(5, 1))
show('width str', lambda: 'a'.center('5'))
show('width float', lambda: 'a'.center(5.0))
show('no args', lambda: 'a'.center())
show('too many', lambda: 'a'.ljust(1, ' ', 2))
show('kw', lambda: 'a'.rjust(width=3))

for s in ['42', '-42', '+42', '', '-', 'abc', '3.14', '-0.5', '++1', '１２']:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(2)), repr(s.zfill(0)))
show('zfill str', lambda: '1'.zfill('3'))
show('zfill none', lambda: '1'.zfill())

for t in ['a\tb', '\t', 'abc\tdef\tg', '12345678\tx', 'a\tb\nc\td', 'x\r\ty', '\t\t', 'é\tb', '😀\tx']:
    print(repr(t), repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)), repr(t.expandtabs(-3)))
print(repr('a\tb'.expandtabs(tabsize=3)))
show('expandtabs str', lambda: 'a\tb'.expandtabs('4'))
show('expandtabs float', lambda: 'a\tb'.expandtabs(4.0))
