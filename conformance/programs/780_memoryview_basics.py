# Covers: memoryview construction (bytes, bytearray, another view), its attributes, len,
# indexing and slicing with steps, iteration, tolist/tobytes/hex, repr, construction errors.


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


data = b'Hello, memoryview!'
m = memoryview(data)
print(type(m).__name__, len(m), m.nbytes, m.readonly, m.obj is data)
print('format', repr(m.format), 'itemsize', m.itemsize, 'ndim', m.ndim)
print('shape', m.shape, 'strides', m.strides, 'suboffsets', m.suboffsets)
print('contiguous', m.c_contiguous, m.f_contiguous, m.contiguous)
print(repr(m).startswith('<memory at 0x'), str(m) == repr(m))

# Indexing gives ints for the 'B' format; negative indices count from the end.
print(m[0], m[1], m[-1], chr(m[-2]))
attempt('m[18]', lambda: m[18])
attempt('m[-19]', lambda: m[-19])
attempt('m[2**70]', lambda: m[2**70])
attempt("m['a']", lambda: m['a'])
attempt('m[1.0]', lambda: m[1.0])
attempt('m[...]', lambda: m[...])
attempt('m[()]', lambda: m[()])
attempt('m[(0,)]', lambda: m[(0,)])
attempt('m[0, 1]', lambda: m[0, 1])
attempt('m[0:1, 0:1]', lambda: m[0:1, 0:1])
attempt('m[True]', lambda: m[True])

# Slices are views of the same memory: no copy until tobytes().
s = m[7:17]
print(type(s).__name__, s.obj is data, s.tobytes(), len(s), s.nbytes)
print(m[::2].tobytes(), m[::2].strides, m[::2].contiguous)
print(m[::-1].tobytes(), m[::-1].strides)
print(m[::-3].tolist())
print(m[-5:].tobytes(), m[100:200].tobytes(), m[5:2].tobytes(), m[3:3:2].contiguous)
print(m[2:12][::3][1:].tobytes())
attempt('m[::0]', lambda: m[::0])

# Iteration, reversed(), in, list(), bool().
print(list(memoryview(b'abc')), list(reversed(memoryview(b'abc'))))
print(108 in m, 0 in m, bool(memoryview(b'')), bool(memoryview(b'\x00')))
it = iter(memoryview(b'xy'))
print(type(it).__name__, next(it), next(it), next(it, 'done'))
total = 0
for byte in memoryview(b'\x01\x02\x03\x04'):
    total += byte
print('sum', total, sum(memoryview(b'\x05\x06')), max(memoryview(b'\x03\x09\x01')))

# tolist / tobytes / hex.
print(memoryview(b'\x00\x7f\x80\xff').tolist())
print(memoryview(b'abc').tobytes(), memoryview(b'abc').tobytes('C'), memoryview(b'abc').tobytes(None), memoryview(b'abc').tobytes('A'))
attempt("tobytes('X')", lambda: memoryview(b'abc').tobytes('X'))
attempt('tobytes(1)', lambda: memoryview(b'abc').tobytes(1))
print(memoryview(b'\xde\xad\xbe\xef').hex(), memoryview(b'\xde\xad\xbe\xef').hex(':'))
print(memoryview(b'\xde\xad\xbe\xef').hex('-', 2), memoryview(b'\xde\xad\xbe\xef').hex(b'_', -3))
print(memoryview(b'abcdef')[::2].hex('|'), memoryview(b'').hex(), memoryview(b'ab').hex(':', 0))
attempt("hex('::')", lambda: memoryview(b'ab').hex('::'))
attempt('hex(sep=1)', lambda: memoryview(b'ab').hex(sep=1))
attempt('hex(bytearray)', lambda: memoryview(b'ab').hex(bytearray(b':')))

# A view of a view shares the original object.
b2 = bytearray(b'xyz')
v1 = memoryview(b2)
v2 = memoryview(v1)
print(v2.obj is b2, v2 is v1, v2.tobytes(), memoryview(v1[1:]).tobytes())
print(memoryview(object=b'kw').tobytes())

# Construction errors.
attempt('memoryview(1)', lambda: memoryview(1))
attempt("memoryview('text')", lambda: memoryview('text'))
attempt('memoryview([1, 2])', lambda: memoryview([1, 2]))
attempt('memoryview(None)', lambda: memoryview(None))
attempt('memoryview()', lambda: memoryview())
attempt("memoryview(b'', 1)", lambda: memoryview(b'', 1))
attempt('memoryview(x=1)', lambda: memoryview(x=1))
attempt('subclass', lambda: type('MyView', (memoryview,), {}))
attempt('count', lambda: memoryview(b'a').count(97))
attempt('m * 2', lambda: memoryview(b'ab') * 2)
attempt('m + b', lambda: memoryview(b'ab') + b'c')
print(isinstance(m, memoryview), memoryview.__name__, type(m) is memoryview)
print(sorted(k for k in dir(memoryview) if not k.startswith('_')))
print(memoryview(b'abc').__sizeof__() > 0, memoryview.nbytes.__name__)
attempt('descriptor', lambda: memoryview.tobytes(b'ab'))
attempt('len descriptor', lambda: memoryview.__len__(b'ab'))
