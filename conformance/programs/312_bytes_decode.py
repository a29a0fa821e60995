# Covers: bytes.decode / bytearray.decode with utf-8 (every invalid-sequence kind and its
# start/end/reason), ascii, latin-1, cp1252, utf-16/32 with BOMs, and the decode error handlers.


def show(label, f):
    try:
        print(label, repr(f()))
    except UnicodeDecodeError as e:
        print(label, type(e).__name__, e, '|', e.encoding, e.object, e.start, e.end, e.reason)
    except Exception as e:
        print(label, type(e).__name__, e)


bad = [b'\xff', b'a\x80b', b'\xc0\x80', b'\xc2', b'\xc2A', b'\xe2\x82', b'\xe2\x82\x28', b'\xe2\x28\xa1', b'\xe0\x80\x80',
       b'\xed\xa0\x80', b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80', b'\xf0\x80\x80\x80', b'\xf4\x90\x80\x80', b'\xf5\x80', b'\xf0\x9f\x28\x80',
       b'\xf0\x9f\x98\x28', b'ok\xe2\x82\xacok', b'\xc3\xa9\xff\xfe', b'\xef\xbb\xbfbom']
for b in bad:
    show(repr(b), lambda: b.decode())
    for errors in ['replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        show('  ' + errors, lambda: b.decode('utf-8', errors))

show('ascii', lambda: b'abc\xff\xfe'.decode('ascii'))
show('ascii replace', lambda: b'a\xffb\x80'.decode('ascii', 'replace'))
show('latin-1', lambda: bytes(range(0xe0, 0x100)).decode('latin-1'))
show('cp1252', lambda: b'\x80\x85\x99abc'.decode('cp1252'))
show('cp1252 undefined', lambda: b'a\x81'.decode('cp1252'))
show('utf-16 bom le', lambda: b'\xff\xfea\x00\xac\x20'.decode('utf-16'))
show('utf-16 bom be', lambda: b'\xfe\xff\x00a\x20\xac'.decode('utf-16'))
show('utf-16 no bom', lambda: b'a\x00b\x00'.decode('utf-16'))
show('utf-16 odd', lambda: b'a\x00b'.decode('utf-16-le'))
show('utf-16 lone high', lambda: b'\x00\xd8a\x00'.decode('utf-16-le'))
show('utf-16 lone low', lambda: b'\x00\xdca\x00'.decode('utf-16-le'))
show('utf-16 truncated pair', lambda: b'\x3d\xd8\x00'.decode('utf-16-le'))
show('utf-16 pair', lambda: b'\xd8\x3d\xde\x00'.decode('utf-16-be'))
show('utf-32', lambda: '😀a'.encode('utf-32').decode('utf-32'))
show('utf-32 bad', lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'))
show('utf-32 truncated', lambda: b'a\x00\x00'.decode('utf-32-le'))
show('bytearray', lambda: bytearray('€uro', 'utf-8').decode())
show('bytearray error object', lambda: bytearray(b'\xff').decode())
show('kw', lambda: b'abc'.decode(encoding='ascii', errors='ignore'))
show('unknown encoding', lambda: b'a'.decode('nope'))
show('unknown handler', lambda: b'\xff'.decode('utf-8', 'nope'))
show('unknown handler unused', lambda: b'abc'.decode('utf-8', 'nope'))
show('encoding int', lambda: b'a'.decode(1))
show('errors none', lambda: b'a'.decode('utf-8', None))
show('empty', lambda: b''.decode('utf-16'))
