# Covers: repr() of str (quote choice, escapes, control and non-printable characters, non-BMP),
# ascii(), and %r / !r / !a of strings.

samples = ['', 'plain', "it's", 'say "hi"', 'both \' and "', '\\', 'tab\there', 'new\nline', 'cr\r', '\x00\x01\x1f\x7f',
           '\x80\x9f\xa0\xad', 'é', 'ÿ', '中文', '\u2028\u2029', '\u200b\ufeff', '\ue000', '😀', '\U0001d11e', '\U000e0001',
           '\U0010ffff', "'", '"', '\'"', 'a\\nb', '\x0b\x0c', '\x1b[0m', 'ǅ', '\u0301', '\udcff']
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print('%r %a' % ('é', 'é'), '{!r} {!a}'.format('😀', '😀'), f'{"x"!r:>6}')
print(repr(['a', "b'", 'c"']), repr({'k': 'v\n'}), repr(('é',)), str(['\t']))
print(str('\n'), repr(str(repr('x'))))
