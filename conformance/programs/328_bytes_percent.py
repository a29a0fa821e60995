# Covers: bytes % formatting (PEP 461): %s/%b with bytes-like objects and __bytes__, %r/%a as
# ASCII reprs, %c with ints and single bytes, numeric conversions, mappings with bytes keys,
# bytearray % formatting, and the bytes-specific errors.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class HasBytes:
    def __bytes__(self):
        return b'<bytes>'


print(b'%s and %b' % (b'bytes', bytearray(b'array')), b'%s' % HasBytes(), b'%r %a' % ('é', 'x'), b'%a' % 1.5)
print(b'%d %i %x %X %o %e %f %g %%' % (42, -7, 255, 255, 8, 1234.5, 0.5, 1e-9))
print(b'%c%c%c' % (72, b'i', bytearray(b'!')), b'%5s|%-5s|%.2s' % (b'ab', b'cd', b'efg'), b'%05d %+.1f %#x' % (42, 2.25, 255))
print(b'%(name)s=%(val)d' % {b'name': b'key', b'val': 3}, bytearray(b'%s-%s') % (b'a', b'b'), b'%s' % (b'x',), b'no args' % ())
print(type(bytearray(b'%d') % 1).__name__, b'%*d|' % (5, 1), b'%s' % memoryview if False else b'skip')
show('s str', lambda: b'%s' % 'text')
show('s int', lambda: b'%s' % 1)
show('b none', lambda: b'%b' % None)
show('c 256', lambda: b'%c' % 256)
show('c two bytes', lambda: b'%c' % b'ab')
show('c str', lambda: b'%c' % 'a')
show('d bytes', lambda: b'%d' % b'1')
show('not all', lambda: b'abc' % 5)
show('not enough', lambda: b'%s %s' % (b'a',))
show('unsupported', lambda: b'%y' % 1)
show('incomplete', lambda: b'%' % ())
show('str key', lambda: b'%(a)s' % {'a': b'x'})
show('needs mapping', lambda: b'%(a)s' % (1,))
show('rmod', lambda: b'%s'.__rmod__(b'x'))
