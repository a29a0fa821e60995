# Covers: bytes/bytearray indexing (ints), slicing, iteration, len, in (ints and subsequences),
# + and * (mixed bytes/bytearray), comparisons between bytes and bytearray, hash, and errors.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx:
    def __index__(self):
        return 2


b = b'hello'
ba = bytearray(b'world')
print(b[0], b[-1], b[Idx()], b[1:3], b[::-1], b[::2], b[10:], b[:100], ba[0], ba[-2:], ba[::-1], ba[Idx()])
print(len(b), len(ba), len(b''), list(b), list(ba), [x for x in b'\x00\xff'], tuple(reversed(b)))
print(104 in b, 0 in b, b'ell' in b, b'' in b, bytearray(b'or') in ba, b'x' in ba, True in b'\x01')
print(b + b'!', b + ba, ba + b, ba + ba, b * 2, 3 * b'ab', ba * 2, 2 * ba, b * 0, b * -1, b'' * 5)
print(type(b + ba).__name__, type(ba + b).__name__, type(b[1:]).__name__, type(ba[1:]).__name__)
print(b == b'hello', b == bytearray(b'hello'), bytearray(b'x') == b'x', b != 'hello', b == 'hello', b'a' < b'b', b'a' < b'ab')
print(b'abc' < bytearray(b'abd'), bytearray(b'b') > b'a', b'' <= b'', sorted([b'b', b'a', b'ab']), max(b'zebra'))
print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(bytes()), {b'k': 1}[b'k'], b'\xff' in {b'\xff'})
it = iter(b'ab')
print(next(it), next(it), next(it, 'end'), type(iter(b'')).__name__, type(iter(bytearray())).__name__)
show('index error', lambda: b[5])
show('ba index error', lambda: ba[-6])
show('str index', lambda: b['a'])
show('ba str index', lambda: ba['a'])
show('in str', lambda: 'h' in b)
show('in 256', lambda: 256 in b)
show('in float', lambda: 1.5 in b)
show('concat str', lambda: b + 'x')
show('concat int', lambda: b + 1)
show('ba concat str', lambda: ba + 'x')
show('str concat bytes', lambda: 'x' + b)
show('mul float', lambda: b * 1.5)
show('lt str', lambda: b < 'a')
show('hash bytearray', lambda: hash(ba))
show('setitem bytes', lambda: b.__setitem__(0, 1))
show('len method', lambda: (b.__len__(), ba.__len__(), b.__getitem__(1), ba.__contains__(111)))
show('sizeof', lambda: (b'a'.__sizeof__(), b''.__sizeof__(), bytearray().__sizeof__(), bytearray(b'a').__sizeof__()))
show('bytes of bytes', lambda: (b.__bytes__(), bytes(b) == b))
show('getnewargs', lambda: b.__getnewargs__())
