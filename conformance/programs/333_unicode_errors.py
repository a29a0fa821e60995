# Covers: UnicodeDecodeError / UnicodeEncodeError raised by codecs: attributes (encoding,
# object, start, end, reason), args, str(), isinstance relations, and handling patterns such
# as retrying with another codec or error handler.


def try_decode(data):
    for enc in ('utf-8', 'utf-16', 'latin-1'):
        try:
            return enc, data.decode(enc)
        except UnicodeDecodeError as e:
            print('  %s failed: %s [%d:%d] %r' % (enc, e.reason, e.start, e.end, e.object[e.start:e.end]))
    return None


for data in [b'plain ascii', 'caf\xe9'.encode('utf-8'), 'caf\xe9'.encode('latin-1'), b'\xff\xfeh\x00i\x00', b'\x80abc']:
    print(repr(data), '->', try_decode(data))

try:
    'Ünïcödé ✓'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), isinstance(e, ValueError), e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(e.args, str(e))
    bad = e.object[e.start:e.end]
    print('bad part:', repr(bad), [hex(ord(c)) for c in bad])

try:
    b'ok\xc3'.decode()
except ValueError as e:
    print(type(e).__name__, e.args[0], e.args[1], e.args[2:], str(e))

for text in ['naïve', '日本語', 'emoji 😀']:
    for enc in ['ascii', 'latin-1', 'utf-8']:
        try:
            b = text.encode(enc)
            print(enc, len(b), b.decode(enc) == text)
        except UnicodeEncodeError as e:
            print(enc, 'cannot encode', e.object[e.start:e.end], 'at', e.start, 'fallback', text.encode(enc, 'replace'))
print(UnicodeDecodeError.__mro__[1].__name__, issubclass(UnicodeEncodeError, UnicodeError), issubclass(UnicodeError, ValueError))
