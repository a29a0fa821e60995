# Covers: memoryview.cast() between 'B'/'b'/'c' and the other native struct formats, shapes
# (N-dimensional and 0-dimensional views, tolist, tobytes in C and Fortran order, strides and
# contiguity), item values of every format, packing with range checks, and cast's errors.


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


raw = bytes(range(1, 17))
m = memoryview(raw)
for fmt in 'BbchHiIlLqQnNfd?P':
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, len(c), c.shape, c.strides, c.nbytes)
print(m.cast('@i').format, m.cast('@i').tolist() == m.cast('i').tolist())

# Item values (little-endian, as on the machines CPython runs on).
signed = memoryview(b'\xff\x7f\x80\x00')
print(signed.tolist(), signed.cast('b').tolist(), signed.cast('c').tolist())
print(signed.cast('h').tolist(), signed.cast('H').tolist(), signed.cast('i').tolist(), signed.cast('I').tolist())
eight = memoryview(b'\xff' * 8)
print(eight.cast('q').tolist(), eight.cast('Q').tolist(), eight.cast('l').tolist(), eight.cast('N').tolist())
print(memoryview(b'\x00\x00\x00\x00\x00\x00\xf0\x3f').cast('d').tolist(), memoryview(b'\x00\x00\xc0\x3f').cast('f').tolist())
print(memoryview(b'\x00\x00\xc0\x7f').cast('f').tolist(), memoryview(b'\x00\x00\x80\x7f').cast('f')[0])
print(memoryview(b'\x00\x01\x02').cast('?').tolist(), memoryview(b'ab').cast('c')[1])
print([type(x).__name__ for x in (m.cast('B')[0], m.cast('c')[0], m.cast('d')[0], m.cast('?')[0])])

# Packing into a writable view of each format.
store = bytearray(8)


def put(fmt, value, index=0):
    def go():
        view = memoryview(store).cast(fmt)
        view[index] = value
        return view.tolist()
    return go


attempt("put('b', -128)", put('b', -128))
attempt("put('b', 128)", put('b', 128))
attempt("put('B', 255)", put('B', 255))
attempt("put('h', -32769)", put('h', -32769))
attempt("put('H', 65535)", put('H', 65535))
attempt("put('H', -1)", put('H', -1))
attempt("put('i', 2**31 - 1)", put('i', 2**31 - 1))
attempt("put('i', 2**31)", put('i', 2**31))
attempt("put('I', 2**32 - 1)", put('I', 2**32 - 1))
attempt("put('q', -2**63)", put('q', -2**63))
attempt("put('q', 2**63)", put('q', 2**63))
attempt("put('Q', 2**64 - 1)", put('Q', 2**64 - 1))
attempt("put('Q', -1)", put('Q', -1))
attempt("put('n', -5)", put('n', -5))
attempt("put('N', 2**64)", put('N', 2**64))
attempt("put('l', 1.0)", put('l', 1.0))
attempt("put('d', 2.5)", put('d', 2.5))
attempt("put('d', 7)", put('d', 7))
attempt("put('d', 2**2000)", put('d', 2**2000))
attempt("put('d', 'x')", put('d', 'x'))
attempt("put('f', 0.1)", put('f', 0.1))
attempt("put('f', 1e300)", put('f', 1e300))
attempt("put('?', 5)", put('?', 5))
attempt("put('?', [])", put('?', []))
attempt("put('c', b'z')", put('c', b'z'))
attempt("put('c', b'zz')", put('c', b'zz'))
attempt("put('c', 122)", put('c', 122))
attempt("put('c', bytearray(b'z'))", put('c', bytearray(b'z')))
attempt("put('i', 1, 2)", put('i', 1, 2))
print(store)

# Casting back to bytes shows the stored layout.
ints = memoryview(bytearray(12)).cast('i')
ints[0], ints[1], ints[2] = 1, -1, 256
print(ints.tolist(), ints.cast('B').tolist(), bytes(ints), ints.obj)
print(ints.cast('B').cast('h').tolist(), ints.cast('c')[:4].tolist())

# Shapes: 1-D -> N-D and back.
grid = memoryview(bytes(range(12))).cast('B', (3, 4))
print(grid.ndim, grid.shape, grid.strides, len(grid), grid.nbytes, grid.c_contiguous, grid.f_contiguous)
print(grid.tolist())
print(grid.tobytes(), grid.tobytes('F'), grid.tobytes('A'))
print(grid[1, 2], grid[-1, -1], grid[2, 0])
attempt('grid[1]', lambda: grid[1])
attempt('grid[1, 4]', lambda: grid[1, 4])
attempt('grid[3, 0]', lambda: grid[3, 0])
attempt('grid[0, 1, 2]', lambda: grid[0, 1, 2])
attempt('list(grid)', lambda: list(grid))
print(grid[1:].shape, grid[1:].tolist(), grid[::-1].tolist(), grid[::-1].contiguous, grid[::2].tobytes())
print(grid.cast('B').tolist() == list(range(12)), grid.cast('c', [12])[0])
print(memoryview(bytes(8)).cast('i', [1, 2]).tolist(), memoryview(bytes(6)).cast('B', [1, 6]).f_contiguous)
print(memoryview(bytes(range(8))).cast('B', [2, 2, 2]).tolist())
wr = memoryview(bytearray(4)).cast('B', [2, 2])
wr[1, 0] = 9
print(wr.tolist(), wr.obj)
attempt('wr[0] = 1', lambda: wr.__setitem__(0, 1))
attempt('wr[0:1] = ...', lambda: wr.__setitem__(slice(0, 1), b'ab'))
attempt('wr[0] = ... tuple', lambda: wr.__setitem__((0,), 1))

# 0-dimensional views hold a single item.
scalar = memoryview(b'\x2a').cast('B', [])
print(scalar.ndim, scalar.shape, scalar.strides, len(scalar), scalar.tolist(), scalar[()], scalar.tobytes())
print(scalar[...] is scalar, memoryview(b'\x00\x00\x80\x3f').cast('f', ()).tolist())
attempt('scalar[0]', lambda: scalar[0])
attempt('iter(scalar)', lambda: iter(scalar))
cell = memoryview(bytearray(1)).cast('B', [])
cell[()] = 5
cell[...] = cell[()] + 1
print(cell.tolist())
attempt('cell[0] = 1', lambda: cell.__setitem__(0, 1))

# cast()'s errors.
attempt("cast('x')", lambda: m.cast('x'))
attempt("cast('<i')", lambda: m.cast('<i'))
attempt("cast('ii')", lambda: m.cast('ii'))
attempt("cast('e')", lambda: m.cast('e'))
attempt("cast('s')", lambda: m.cast('s'))
attempt("cast('')", lambda: m.cast(''))
attempt('cast(1)', lambda: m.cast(1))
attempt('cast()', lambda: m.cast())
attempt("cast('B', [4], 1)", lambda: m.cast('B', [4], 1))
attempt("cast('\\u00e9')", lambda: m.cast('\u00e9'))
attempt("b'abc'.cast('i')", lambda: memoryview(b'abc').cast('i'))
attempt("i -> h", lambda: m.cast('i').cast('h'))
attempt("d -> f", lambda: m.cast('d').cast('f'))
attempt('non-contiguous', lambda: m[::2].cast('B'))
attempt('shape None', lambda: m.cast('B', None))
attempt('shape 16', lambda: m.cast('B', 16))
attempt('shape product', lambda: m.cast('B', [3, 5]))
attempt('shape zero', lambda: m.cast('B', [0, 16]))
attempt('shape negative', lambda: m.cast('B', [-16]))
attempt('shape str', lambda: m.cast('B', ['16']))
attempt('shape float', lambda: m.cast('B', [16.0]))
attempt('shape too long', lambda: m.cast('B', [1] * 65))
attempt('shape () of 16', lambda: m.cast('B', []))
attempt('ND -> ND', lambda: grid.cast('B', [4, 3]))
attempt('ND -> 1D ints', lambda: grid.cast('i').tolist())
attempt('empty with shape', lambda: memoryview(b'').cast('B', [1]))
print(memoryview(b'').cast('i').shape, memoryview(b'').cast('c').tolist())
print(m.cast(format='h', shape=(2, 4)).tolist())
