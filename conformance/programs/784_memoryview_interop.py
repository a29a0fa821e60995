# Covers: memoryview accepted wherever a bytes-like object is: bytes()/bytearray(), + and +=,
# join, bytes methods taking buffers, %-formatting, int.from_bytes, int(), float(), str(b, enc),
# hashlib, io.BytesIO (init, write, readinto), binary files, os.write on a pipe — and what
# happens with a non-contiguous or released view at each of those places.
import hashlib
import io
import os


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


m = memoryview(b'payload')
print(bytes(m), bytearray(m), bytes(m[::2]), bytearray(m[::-1]), bytes(memoryview(b'\x01\x02\x03\x04').cast('i')))
print(b'head:' + m, bytearray(b'ba:') + m, b''.join([m, b'|', bytearray(b'x'), m[:3]]), bytearray(b'-').join([m[:1], m[1:2]]))
acc = bytearray(b'>')
acc += m[:3]
acc.extend(m[3:])
acc[0:1] = memoryview(b'<<')
print(acc)
print(b'payload'.find(m[2:4]), b'payload'.startswith(m[:3]), b'payload'.endswith((b'x', m[-4:])), b'a-b'.split(memoryview(b'-')))
print(b'payload'.replace(m[:3], b'PAY'), b'xxpayloadxx'.strip(memoryview(b'x')), m[1:3] in b'payload')
print(b'payload'.count(memoryview(b'a')), bytes.maketrans(memoryview(b'a'), b'A'), b'abc'.translate(None, memoryview(b'b')))
print(b'%s and %b' % (m[:3], m[::2]), b'%s' % memoryview(b'one'), b'%c' % 65)
attempt("b'%c' % view", lambda: b'%c' % memoryview(b'A'))
print(int.from_bytes(memoryview(b'\x01\x00'), 'big'), int.from_bytes(memoryview(b'\x01\x00'), 'little'), int.from_bytes(memoryview(b'\x01\x02\x03\x04')[::2], 'big'))
print(int.from_bytes(memoryview(b'\xff\xff'), 'big', signed=True), int(memoryview(b' 42 ')), float(memoryview(b'2.5e3')))
attempt('int(view, 16)', lambda: int(memoryview(b'ff'), 16))
attempt("int(b'1x' view)", lambda: int(memoryview(b'1x')))
attempt("float(b'x')", lambda: float(b'x'))
attempt("float(bytearray(b'1.5'))", lambda: float(bytearray(b'1.5')))
attempt("float(bytearray(b'x'))", lambda: float(bytearray(b'x')))
print(str(memoryview('héllo'.encode()), 'utf-8'), str(m[:3], 'ascii'), memoryview('ü'.encode('utf-16')).tobytes().decode('utf-16'))
print(hashlib.md5(m).hexdigest(), hashlib.sha256(memoryview(b'abc')).hexdigest()[:16])
h = hashlib.sha1()
h.update(m[:3])
h.update(memoryview(b'load'))
print(h.hexdigest() == hashlib.sha1(b'payload').hexdigest(), hashlib.md5(memoryview(b'\x00' * 8).cast('q')).hexdigest())

# io.BytesIO: initial value, write, readinto a view of a bytearray.
stream = io.BytesIO(m)
stream.seek(0, 2)
print(stream.write(memoryview(b'+more')), stream.getvalue())
target = bytearray(10)
src = io.BytesIO(b'0123456789')
print(src.readinto(memoryview(target)[2:6]), target)
print(src.readinto(memoryview(target)), target)
attempt('readinto(read-only view)', lambda: io.BytesIO(b'x').readinto(memoryview(b'abc')))
attempt('readinto(strided view)', lambda: io.BytesIO(b'x').readinto(memoryview(target)[::2]))
attempt('readinto(bytes)', lambda: io.BytesIO(b'x').readinto(b'abc'))

# Binary files.
with open('mv.bin', 'wb') as f:
    print(f.write(memoryview(b'abc')), f.write(memoryview(b'\x01\x00\x02\x00').cast('H')))
with open('mv.bin', 'rb') as f:
    print(f.read())
with open('mv.bin', 'rb') as f:
    into = bytearray(5)
    print(f.readinto(memoryview(into)[1:]), into)
with open('mv.txt', 'w') as f:
    attempt('text write(view)', lambda: f.write(memoryview(b'abc')))
os.remove('mv.bin')
os.remove('mv.txt')

# os.write takes any bytes-like object; a loop writes what is left with a slice.
r, w = os.pipe()
out = memoryview(b'chunked data')
while out:
    n = os.write(w, out[:5])
    out = out[n:]
os.close(w)
print(os.read(r, 100))
os.close(r)

# A non-contiguous view and a released view at each of these places.
strided = memoryview(b'abcdef')[::2]
released = memoryview(b'abc')
released.release()
for label, x in [('strided', strided), ('released', released)]:
    print('---', label)
    attempt('bytes(x)', lambda: bytes(x))
    attempt('bytearray(x)', lambda: bytearray(x))
    attempt("b'' + x", lambda: b'' + x)
    attempt('bytearray + x', lambda: bytearray(b'a') + x)
    attempt('join', lambda: b''.join([b'a', x]))
    attempt('find', lambda: b'abc'.find(x))
    attempt('x in bytes', lambda: x in b'abc')
    attempt('startswith', lambda: b'abc'.startswith(x))
    attempt('%s', lambda: b'%s' % x)
    attempt('from_bytes', lambda: int.from_bytes(x, 'big'))
    attempt('int', lambda: int(x))
    attempt('float', lambda: float(x))
    attempt('str(x, ascii)', lambda: str(x, 'ascii'))
    attempt('md5', lambda: hashlib.md5(x).hexdigest())
    attempt('BytesIO(x)', lambda: io.BytesIO(x).getvalue())
    attempt('BytesIO.write', lambda: io.BytesIO().write(x))
    attempt('extend', lambda: bytearray(b'a').extend(x))
    attempt('slice assign', lambda: bytearray(b'ab').__setitem__(slice(0, 1), x))
    def iadd():
        y = bytearray(b'a')
        y += x
        return y
    attempt('+=', iadd)
    attempt('memoryview(x)', lambda: memoryview(x).tobytes())
    attempt('== bytearray', lambda: bytearray(b'ace') == x)
