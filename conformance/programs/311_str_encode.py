# Covers: str.encode with utf-8, ascii, latin-1, cp1252, utf-16/32 (with and without BOM),
# encoding-name aliases, every standard error handler, and UnicodeEncodeError details.


def show(label, f):
    try:
        print(label, repr(f()))
    except UnicodeEncodeError as e:
        print(label, type(e).__name__, e, '|', e.encoding, repr(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(label, type(e).__name__, e)


text = 'aé€😀b'
for enc in ['utf-8', 'UTF8', 'utf_8', 'U8', 'latin-1', 'ascii', 'cp1252', 'utf-16', 'utf-16-le', 'UTF-16BE', 'utf-32', 'utf_32_le', 'utf-32-be']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        show(enc + ' ' + errors, lambda: text.encode(enc, errors))

show('default', lambda: 'naïve'.encode())
show('kw', lambda: 'x'.encode(encoding='ascii', errors='strict'))
show('ascii run', lambda: 'abc\xe9\xe8\xeadef'.encode('ascii'))
show('latin-1 one', lambda: 'aé€b'.encode('latin-1'))
show('latin-1 astral', lambda: '😀'.encode('latin-1'))
show('cp1252 undefined', lambda: '\u0100'.encode('cp1252'))
show('cp1252 ok', lambda: '€‚ƒ„…†‡ˆ‰Š‹ŒŽ'.encode('cp1252'))
show('lone surrogate', lambda: 'a\ud800b'.encode())
show('surrogate replace', lambda: 'a\ud800b'.encode('utf-8', 'replace'))
show('surrogate backslash', lambda: 'a\udcffb'.encode('utf-8', 'backslashreplace'))
show('surrogateescape', lambda: 'a\udcffb\udc80'.encode('utf-8', 'surrogateescape'))
show('surrogateescape bad', lambda: 'a\ud800'.encode('utf-8', 'surrogateescape'))
show('surrogatepass', lambda: 'a\udcffb'.encode('utf-8', 'surrogatepass'))
show('surrogatepass ascii', lambda: 'a\udcffb'.encode('ascii', 'surrogatepass'))
show('unknown handler unused', lambda: 'abc'.encode('ascii', 'bogus'))
show('unknown handler used', lambda: 'é'.encode('ascii', 'bogus'))
show('unknown encoding', lambda: 'a'.encode('klingon'))
show('encoding int', lambda: 'a'.encode(1))
show('errors int', lambda: 'a'.encode('utf-8', 2))
show('encoding none', lambda: 'a'.encode(None))
show('too many', lambda: 'a'.encode('utf-8', 'strict', 3))
show('empty', lambda: ''.encode('utf-16'))
show('roundtrip', lambda: text.encode('utf-16').decode('utf-16') == text)
show('len utf-8', lambda: [len(c.encode()) for c in 'aé€😀'])
try:
    'x€'.encode('ascii')
except UnicodeError as e:
    print('caught as UnicodeError', isinstance(e, ValueError), e.args)
