# Covers: bytes() and bytearray() constructors (size, iterables of ints, str + encoding,
# buffers, __bytes__, __index__) with their errors, and repr of bytes/bytearray (quote choice,
# escapes) plus str() of bytes.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class HasBytes:
    def __bytes__(self):
        return b'from __bytes__'


class BadBytes:
    def __bytes__(self):
        return 'not bytes'


class Three:
    def __index__(self):
        return 3


for kind in (bytes, bytearray):
    name = kind.__name__
    show(name + '()', lambda: kind())
    show(name + '(4)', lambda: kind(4))
    show(name + '(0)', lambda: kind(0))
    show(name + '(True)', lambda: kind(True))
    show(name + ' index obj', lambda: kind(Three()))
    show(name + ' list', lambda: kind([0, 65, 255]))
    show(name + ' tuple', lambda: kind((104, 105)))
    show(name + ' range', lambda: kind(range(97, 101)))
    show(name + ' generator', lambda: kind(x * 2 for x in range(5)))
    show(name + ' bytes', lambda: kind(b'copy'))
    show(name + ' bytearray', lambda: kind(bytearray(b'ba')))
    show(name + ' str enc', lambda: kind('héllo', 'utf-8'))
    show(name + ' str kw', lambda: kind('x€', encoding='utf-16-le'))
    show(name + ' str errors', lambda: kind('aé', 'ascii', 'replace'))
    show(name + ' __bytes__', lambda: kind(HasBytes()))
    show(name + ' bad __bytes__', lambda: kind(BadBytes()))
    show(name + ' str no enc', lambda: kind('abc'))
    show(name + ' negative', lambda: kind(-1))
    show(name + ' 256', lambda: kind([256]))
    show(name + ' -1 item', lambda: kind([-1]))
    show(name + ' str item', lambda: kind(['a']))
    show(name + ' float', lambda: kind(1.5))
    show(name + ' none', lambda: kind(None))
    show(name + ' enc no str', lambda: kind(5, 'utf-8'))
    show(name + ' enc bytes', lambda: kind(b'x', 'utf-8'))
    show(name + ' only enc', lambda: kind(encoding='utf-8'))
    show(name + ' only errors', lambda: kind(errors='strict'))
    show(name + ' enc int', lambda: kind('x', 1))
    show(name + ' bad codec', lambda: kind('x', 'nope'))
    show(name + ' encode error', lambda: kind('é', 'ascii'))
    show(name + ' too many', lambda: kind('x', 'utf-8', 'strict', 1))
    show(name + ' bad kw', lambda: kind(source=b'x', y=1))
    show(name + ' huge', lambda: kind(10**20))

reprs = [b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\\', b'\x00\x01\x7f\x80\xff', b'\t\n\r\x0b\x0c', bytes(range(30, 40))]
for b in reprs:
    print(repr(b), str(b), repr(bytearray(b)), str(bytearray(b)))
print(bytes(b'abc') is not None, type(bytes(bytearray(b'x'))).__name__, type(bytearray(b'x')).__name__)
