# Covers: bytes.hex (separators, bytes_per_sep positive/negative), bytes.fromhex and
# bytearray.fromhex (whitespace, errors with positions), bytes.maketrans and translate
# (table, delete argument, None table), plus hex/fromhex round trips.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


data = bytes(range(0, 256, 37))
print(data.hex(), data.hex(':'), data.hex('-', 2), data.hex('-', -2), data.hex(' ', 3), data.hex(' ', -3), data.hex(b'_'), data.hex(':', 0))
print(b''.hex(), b''.hex(':'), b'\x00'.hex(':', 5), bytearray(b'\xde\xad\xbe\xef').hex('.'), b'abcde'.hex(sep='|', bytes_per_sep=2))
show('sep long', lambda: b'ab'.hex('::'))
show('sep non-ascii', lambda: b'ab'.hex('é'))
show('sep int', lambda: b'ab'.hex(1))
show('sep empty', lambda: b'ab'.hex(''))
print(bytes.fromhex('deadbeef'), bytes.fromhex('DE AD  BE EF'), bytes.fromhex(' 0a\t0b\n'), bytearray.fromhex('ff00'), bytes.fromhex(''))
for bad in ['abc', 'zz', ' a b', '0g', '12 3', 'é0', '0x10']:
    show('fromhex ' + repr(bad), lambda: bytes.fromhex(bad))
show('fromhex int', lambda: bytes.fromhex(5))
show('fromhex bytes', lambda: bytes.fromhex(b'ab'))
print(bytes.fromhex(data.hex()) == data, bytes.fromhex(data.hex(' ')) == data, type(bytearray.fromhex('00')).__name__)

table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], table[:3], b'aabbcc-abc'.translate(table), bytearray(b'cab').translate(table))
print(b'hello world'.translate(None, b'lo'), b'hello'.translate(table, b'h'), b'abc'.translate(None), b'abc'.translate(None, delete=b'b'))
print(bytearray.maketrans(b'a', b'b')[97], type(bytearray.maketrans(b'', b'')).__name__)
show('maketrans unequal', lambda: bytes.maketrans(b'ab', b'c'))
show('maketrans str', lambda: bytes.maketrans('a', 'b'))
show('translate short table', lambda: b'a'.translate(b'xyz'))
show('translate int', lambda: b'a'.translate(1))
show('translate delete str', lambda: b'a'.translate(None, 'a'))
