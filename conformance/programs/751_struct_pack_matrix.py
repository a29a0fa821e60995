# Covers: struct.pack of every format character in every byte order (@ = < > ! and none)
# against ints at the edges of each size, floats, bytes, bool, None and __index__ objects:
# the packed bytes, or the exception and its message; then unpack round trips.
import struct


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


VALUES = [0, -1, 1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535,
          65536, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63,
          -2**63, -2**63 - 1, 2**64 - 1, 2**64, 10**30, 1.5, 'a', b'a', b'', b'ab',
          bytearray(b'z'), None, True, False, Idx(), Flt(), 1e40, 70000.0, 65504.0, 65519.0,
          65520.0, float('inf'), float('-inf'), 1e-8, 6e-8, 3e-5, -0.0, 2.0**-149, 3.4e38,
          100000, 10**400]

messages = []


def code(e):
    text = '%s: %s' % (type(e).__name__, e)
    if text not in messages:
        messages.append(text)
    return 'E%d' % messages.index(text)


for order in ['', '@', '=', '<', '>', '!']:
    for c in 'cbB?hHiIlLqQnNefdspP':
        out = []
        for v in VALUES:
            try:
                out.append(struct.pack(order + c, v).hex())
            except Exception as e:
                out.append(code(e))
        print('%-3s' % (order + c), ' '.join(out))

for i, m in enumerate(messages):
    print('E%d' % i, m)

# Unpacking what was packed gives the value back (floats rounded by their size).
for order in ['', '<', '>', '=']:
    for c in 'bBhHiIlLqQnNefd?':
        fmt = order + c
        try:
            size = struct.calcsize(fmt)
        except struct.error as e:
            print(fmt, 'calcsize:', e)
            continue
        got = []
        for v in [0, 1, -1, 100, -100, 2**15 - 1, 2**31 - 1, 2**63 - 1, 0.1, -2.5, 1e10, True]:
            try:
                b = struct.pack(fmt, v)
            except (struct.error, OverflowError):
                continue
            got.append(repr(struct.unpack(fmt, b)[0]))
        print(fmt, size, ' '.join(got))
