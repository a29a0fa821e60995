# Covers: memoryview.release() and the context manager: every operation on a released view
# raises ValueError (iter() is left out: CPython 3.11 raises SystemError there), release() is
# idempotent, views derived from a view share its buffer (releasing one leaves the others
# usable), and with-blocks release even on an exception.


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


data = bytearray(b'release me')
m = memoryview(data)
print(m.release(), m.release(), repr(m).startswith('<released memory at 0x'))
ops = [
    ('len', lambda: len(m)),
    ('m[0]', lambda: m[0]),
    ('m[1:3]', lambda: m[1:3]),
    ('m[0] = 1', lambda: m.__setitem__(0, 1)),
    ('del m[0]', lambda: m.__delitem__(0)),
    ('list', lambda: list(m)),
    ('tobytes', lambda: m.tobytes()),
    ('tolist', lambda: m.tolist()),
    ('hex', lambda: m.hex()),
    ('cast', lambda: m.cast('B')),
    ('toreadonly', lambda: m.toreadonly()),
    ('obj', lambda: m.obj),
    ('nbytes', lambda: m.nbytes),
    ('readonly', lambda: m.readonly),
    ('itemsize', lambda: m.itemsize),
    ('format', lambda: m.format),
    ('ndim', lambda: m.ndim),
    ('shape', lambda: m.shape),
    ('strides', lambda: m.strides),
    ('suboffsets', lambda: m.suboffsets),
    ('c_contiguous', lambda: m.c_contiguous),
    ('f_contiguous', lambda: m.f_contiguous),
    ('contiguous', lambda: m.contiguous),
    ('hash', lambda: hash(m)),
    ('__enter__', lambda: m.__enter__()),
    ('__exit__', lambda: m.__exit__(None, None, None)),
    ('memoryview(m)', lambda: memoryview(m)),
    ('bytes(m)', lambda: bytes(m)),
    ('m == m', lambda: m == m),
    ('m == data', lambda: m == data),
    ('bool', lambda: bool(m)),
]
for label, op in ops:
    attempt(label, op)

# Views made from a view (slices, casts, memoryview(v), toreadonly) share the buffer: each is
# released on its own, and the bytearray stays exported until all of them are.
base = memoryview(data)
part = base[0:7]
again = memoryview(base)
cast = base.cast('c')
frozen = base.toreadonly()
base.release()
print(part.tobytes(), again.tobytes(), cast[0], frozen.readonly)
for v in (part, again, cast):
    v.release()
attempt('append with one view left', lambda: data.append(33))
frozen.release()
data.append(33)
print(data)

# The with statement releases the view on the way out, also after an exception.
with memoryview(data) as view:
    print(view is view.__enter__(), view[0], view.obj is data)
attempt('after with', lambda: view[0])
try:
    with memoryview(data) as view2:
        view2[0] = ord('R')
        raise KeyError('boom')
except KeyError as e:
    print('caught', e)
attempt('after failed with', lambda: view2.tobytes())
print(data)
data.extend(b'!!')
print(data, len(data))


def checksum(buf):
    with memoryview(buf) as mv:
        return sum(mv[::2]) - sum(mv[1::2])


print(checksum(data), checksum(b'\x05\x01\x03'))
data.clear()
print(data)
