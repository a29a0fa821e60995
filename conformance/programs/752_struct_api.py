# Covers: struct.calcsize with native alignment (x86-64) and standard sizes, repeat counts,
# whitespace, padding, s/p strings, Struct objects (format, size, methods), pack_into,
# unpack_from, iter_unpack, and the argument and buffer errors with CPython's messages.
import struct


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


print(struct.error, struct.error.__module__, struct.error.__mro__[1].__name__)
print(struct.Struct, struct.Struct.__module__, struct.Struct.__name__)

for fmt in ['', 'b', 'bh', 'bi', 'bq', 'bd', 'bP', 'hb', 'ib', 'bhi', 'c3i', 'llh0l', 'bxi',
            '3x', '5s', '5p', '0s', '0i', 'b0i', 'ix', 'xxi', '?d', 'ef', 'bn', 'bN',
            '<bq', '>bq', '=bq', '!bq', '@bq', 'i i', ' b\ti\n', '2h3i', '10c', '3?',
            '<5s2xh', '>lLqQ', 'e?e', 'bfbd']:
    attempt('calcsize(%r)' % fmt, struct.calcsize, fmt)

attempt('calcsize(b"ih")', struct.calcsize, b'ih')
for fmt in ['z', '<P', '>n', '3', 'i3', '<9999999999999999999i', '\u00e9', 'i\x00', 'bi*',
            '!N', 'iy', 'F', 'D', '99999999999999999999']:
    attempt('calcsize(%r)' % fmt, struct.calcsize, fmt)
attempt('calcsize(1)', struct.calcsize, 1)
attempt('calcsize()', struct.calcsize)
attempt('calcsize(x, y)', struct.calcsize, 'i', 'h')

print('-- pack')
attempt('pack ihb', struct.pack, 'ihb', 1, 2, 3)
attempt('pack <ihb', struct.pack, '<ihb', 1, 2, 3)
attempt('pack >ihb', struct.pack, '>ihb', 1, 2, 3)
attempt('pack bq', struct.pack, 'bq', 1, 2)
attempt('pack 3s', struct.pack, '3s', b'abcdef')
attempt('pack 6s', struct.pack, '6s', b'ab')
attempt('pack 6s bytearray', struct.pack, '6s', bytearray(b'ab'))
attempt('pack 4p', struct.pack, '4p', b'abcdef')
attempt('pack 4p short', struct.pack, '4p', b'a')
attempt('pack 1p', struct.pack, '1p', b'abc')
attempt('pack 300p', lambda: struct.pack('300p', b'x' * 290)[:3])
attempt('pack 0s', struct.pack, '0s', b'abc')
attempt('pack 0p', struct.pack, '0p', b'abc')
attempt('pack 3c', struct.pack, '3c', b'a', b'b', b'c')
attempt('pack 2x', struct.pack, '2x')
attempt('pack 2?', struct.pack, '2?', [], [0])
attempt('pack i too few', struct.pack, 'ii', 1)
attempt('pack i too many', struct.pack, 'i', 1, 2)
attempt('pack no args', struct.pack)
attempt('pack fmt int', struct.pack, 5)
attempt('pack fmt bad', struct.pack, 'iz', 1)
attempt('pack kw', struct.pack, 'i', x=1)
attempt('pack str for i', struct.pack, 'i', '1')
attempt('pack float for i', struct.pack, 'i', 1.0)
attempt('pack s str', struct.pack, '2s', 'ab')
attempt('pack e 100000', struct.pack, 'e', 100000)
attempt('pack <e 10**6', struct.pack, '<e', 10**6)
attempt('pack d 10**400', struct.pack, 'd', 10**400)
attempt('pack P -1', struct.pack, 'P', -1)
attempt('pack P big', struct.pack, 'P', 2**64 - 1)

print('-- unpack')
attempt('unpack ihb', struct.unpack, 'ihb', struct.pack('ihb', -5, 300, 7))
attempt('unpack <i', struct.unpack, '<i', b'\x01\x02\x03\x04')
attempt('unpack >i', struct.unpack, '>i', b'\x01\x02\x03\x04')
attempt('unpack >I', struct.unpack, '>I', b'\xff\xff\xff\xfe')
attempt('unpack <q', struct.unpack, '<q', b'\xff' * 8)
attempt('unpack <Q', struct.unpack, '<Q', b'\xff' * 8)
attempt('unpack bytearray', struct.unpack, '<h', bytearray(b'\x00\x80'))
attempt('unpack 5s', struct.unpack, '5s', b'hello')
attempt('unpack 5p', struct.unpack, '5p', b'\x03abcd')
attempt('unpack 5p long', struct.unpack, '5p', b'\x09abcd')
attempt('unpack 3c', struct.unpack, '3c', b'xyz')
attempt('unpack ?', struct.unpack, '3?', b'\x00\x01\x02')
attempt('unpack e', struct.unpack, '<4e', bytes.fromhex('003c00fc007cff7f'))
attempt('unpack f', struct.unpack, '<2f', bytes.fromhex('0000803f0000c0ff'))
attempt('unpack d', struct.unpack, '>d', bytes.fromhex('400921fb54442d18'))
attempt('unpack x', struct.unpack, 'bxxb', b'\x01\x02\x03\x04')
attempt('unpack empty', struct.unpack, '', b'')
attempt('unpack short', struct.unpack, 'i', b'\x00\x00')
attempt('unpack long', struct.unpack, 'i', b'\x00' * 5)
attempt('unpack str', struct.unpack, 'i', 'abcd')
attempt('unpack int', struct.unpack, 'i', 5)
attempt('unpack list', struct.unpack, 'b', [1])
attempt('unpack no buffer', struct.unpack, 'i')
attempt('unpack P', struct.unpack, 'P', struct.pack('P', 12345))
attempt('unpack n N', struct.unpack, 'nN', struct.pack('nN', -3, 2**64 - 1))

print('-- pack_into / unpack_from')
buf = bytearray(12)
attempt('pack_into', struct.pack_into, '<hi', buf, 2, 1, -1)
print(buf)
attempt('pack_into neg', struct.pack_into, '<h', buf, -2, 0x4142)
print(buf)
attempt('pack_into too far', struct.pack_into, '<i', buf, 10, 1)
attempt('pack_into offset out', struct.pack_into, '<i', buf, 20, 1)
attempt('pack_into neg out', struct.pack_into, '<i', buf, -20, 1)
attempt('pack_into neg short', struct.pack_into, '<i', buf, -2, 1)
attempt('pack_into bytes', struct.pack_into, '<i', b'\x00' * 8, 0, 1)
attempt('pack_into no offset', struct.pack_into, '<i', buf)
attempt('pack_into no buffer', struct.pack_into, '<i')
attempt('pack_into args', struct.pack_into, '<ii', buf, 0, 1)
attempt('pack_into offset str', struct.pack_into, '<i', buf, 'x', 1)
attempt('unpack_from', struct.unpack_from, '<hi', bytes(buf), 2)
attempt('unpack_from kw', struct.unpack_from, '<h', buffer=bytes(buf), offset=10)
attempt('unpack_from neg', struct.unpack_from, '<h', bytes(buf), -2)
attempt('unpack_from too far', struct.unpack_from, '<i', bytes(buf), 10)
attempt('unpack_from out', struct.unpack_from, '<i', bytes(buf), 13)
attempt('unpack_from neg out', struct.unpack_from, '<i', bytes(buf), -13)
attempt('unpack_from neg short', struct.unpack_from, '<i', bytes(buf), -3)
attempt('unpack_from default', struct.unpack_from, '<b', bytes(buf))
attempt('unpack_from empty fmt', struct.unpack_from, '', b'', 0)

print('-- iter_unpack')
attempt('iter_unpack', lambda: list(struct.iter_unpack('<hb', bytes(range(9)))))
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
attempt('iter_unpack ragged', struct.iter_unpack, '<h', b'\x01\x00\x02')
attempt('iter_unpack zero', struct.iter_unpack, '', b'')
attempt('iter_unpack 0x', struct.iter_unpack, '0i', b'')
attempt('iter_unpack str', struct.iter_unpack, 'h', 'ab')

print('-- Struct')
s = struct.Struct('<2hxq')
print(s.format, s.size, type(s.format).__name__)
print(s.pack(1, 2, 3))
print(s.unpack(s.pack(1, 2, 3)))
print(s.unpack_from(b'\x00' + s.pack(-1, -2, -3), 1))
print(list(s.iter_unpack(s.pack(1, 2, 3) * 2)))
b2 = bytearray(s.size + 2)
s.pack_into(b2, 1, 4, 5, 6)
print(b2)
sb = struct.Struct(b'>I')
print(sb.format, sb.size, sb.pack(258))
attempt('Struct()', struct.Struct)
attempt('Struct(1)', struct.Struct, 1)
attempt('Struct bad', struct.Struct, 'ii#')
attempt('Struct.pack count', s.pack, 1)
attempt('Struct.unpack size', s.unpack, b'abc')
attempt('format readonly', setattr, s, 'format', 'i')
attempt('size readonly', setattr, s, 'size', 3)
attempt('Struct kw', lambda: struct.Struct(format='h').format)
print(isinstance(s, struct.Struct), struct.Struct('i') == struct.Struct('i'))


class MyStruct(struct.Struct):
    pass


m = MyStruct('<h')
print(type(m).__name__, m.pack(7), m.size)

# A binary record format: header, entries, round trip.
HEADER = struct.Struct('<4sHH')
ENTRY = struct.Struct('<i8sd')
records = [(1, b'alpha', 1.5), (-2, b'beta', -0.25), (3, b'gamma_long', 1e10)]
blob = HEADER.pack(b'RECS', 1, len(records)) + b''.join(ENTRY.pack(*r) for r in records)
print(len(blob), blob[:12])
magic, version, count = HEADER.unpack_from(blob)
print(magic, version, count)
for i, (n, name, val) in enumerate(ENTRY.iter_unpack(blob[HEADER.size:])):
    print(i, n, name.rstrip(b'\x00'), val)
print(struct.unpack('>HH', struct.pack('<HH', 1, 2)))
print(struct.pack('!I', 0xDEADBEEF).hex(), struct.unpack('!I', bytes.fromhex('deadbeef')))
print(struct.pack('@bi', 1, 2) == struct.pack('bi', 1, 2), struct.pack('=bi', 1, 2))
struct._clearcache()
print(sorted(n for n in dir(struct) if not n.startswith('__')))
