# Covers: a learner-style application of memoryview — length-prefixed message framing over
# a byte stream the way multiprocessing.connection does it (header + view, chunked sends with
# view slices, zero-copy receive into a preallocated bytearray), a fixed-size ring buffer,
# and a small grayscale image edited through 2-D and 'h'-format views.
import io

HEADER = 4


class Channel:
    """A pipe-like byte stream with a small write size, so long messages go out in chunks."""

    def __init__(self, chunk):
        self.stream = io.BytesIO()
        self.chunk = chunk
        self.writes = 0

    def _write(self, buf):
        n = min(len(buf), self.chunk)
        self.stream.write(buf[:n])
        self.writes += 1
        return n

    def _send(self, buf):
        remaining = len(buf)
        while True:
            n = self._write(buf)
            remaining -= n
            if remaining == 0:
                break
            buf = buf[n:]

    def send_bytes(self, buf, offset=0, size=None):
        m = memoryview(buf)
        if m.itemsize > 1:
            m = m.cast('B')
        n = m.nbytes
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        payload = m[offset:offset + size]
        header = size.to_bytes(HEADER, 'big')
        if size > 16:
            self._send(header)
            self._send(payload)
        else:
            self._send(header + payload)

    def recv_bytes_into(self, buf):
        size = int.from_bytes(self.stream.read(HEADER), 'big')
        with memoryview(buf) as m:
            if size > m.nbytes:
                raise BufferError('message too long for the buffer')
            got = self.stream.readinto(m[:size])
        return got


ch = Channel(chunk=8)
ch.send_bytes(b'hello')
ch.send_bytes(bytearray(b'a longer message that needs several writes'))
ch.send_bytes(memoryview(b'0123456789'), 2, 5)
ch.send_bytes(memoryview(bytes(range(8))).cast('i'))
for bad in [(b'abc', -1, None), (b'abc', 4, None), (b'abc', 1, 5), (b'abc', 0, -2)]:
    try:
        ch.send_bytes(*bad)
    except ValueError as e:
        print('refused', bad, e)
print('writes', ch.writes, 'stream', len(ch.stream.getvalue()))

ch.stream.seek(0)
inbox = bytearray(64)
for _ in range(4):
    n = ch.recv_bytes_into(inbox)
    print(n, bytes(inbox[:n]))
inbox.extend(b'!')
print(len(inbox))


class Ring:
    """A fixed-size ring buffer over one bytearray; reads return views, not copies."""

    def __init__(self, size):
        self.buf = bytearray(size)
        self.view = memoryview(self.buf)
        self.head = 0
        self.count = 0

    def put(self, data):
        src = memoryview(data)
        for i in range(len(src)):
            if self.count == len(self.buf):
                raise OverflowError('ring full')
            self.view[(self.head + self.count) % len(self.buf)] = src[i]
            self.count += 1

    def take(self, n):
        n = min(n, self.count)
        first = min(n, len(self.buf) - self.head)
        parts = [self.view[self.head:self.head + first], self.view[:n - first]]
        self.head = (self.head + n) % len(self.buf)
        self.count -= n
        return b''.join(parts)


ring = Ring(8)
ring.put(b'abcdef')
print(ring.take(4), ring.count)
ring.put(b'ghijk')
print(ring.take(3), ring.take(10), ring.count)
try:
    ring.put(b'123456789')
except OverflowError as e:
    print('overflow after', ring.count, e)
try:
    ring.buf.append(0)
except BufferError as e:
    print('ring storage is pinned:', e)

# A 4x6 grayscale image: rows through a 2-D view, pixels through (row, col) tuples.
pixels = bytearray(range(0, 240, 10))
img = memoryview(pixels).cast('B', (4, 6))
print(img.shape, img.strides, img[2, 3])
for r in range(img.shape[0]):
    for c in range(img.shape[1]):
        img[r, c] = 255 - img[r, c]
for row in img.tolist():
    print(' '.join(f'{p:3d}' for p in row))
print('column-major', list(img.tobytes('F')[:6]))
flat = img.cast('B')
print(max(flat), min(flat), sum(flat[::6]))
words = flat.cast('h')
print(words.tolist()[:4], len(words))
words[0] = -1
print(pixels[:4], img[0, 0], img[0, 1])
