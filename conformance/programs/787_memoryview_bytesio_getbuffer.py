# Covers: io.BytesIO.getbuffer(): a writable memoryview of the BytesIO's own memory (its obj is
# an _io._BytesIOBuffer), writes through it, and the export lock — no write, writelines,
# truncate or close while a view is alive; release(), with and del give the memory back.
import io


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


b = io.BytesIO(b'abcdef')
view = b.getbuffer()
print(type(view).__name__, type(view.obj).__name__, view.readonly, len(view), view.nbytes, b.getbuffer().nbytes)
view[0] = ord('A')
view[2:4] = b'CD'
print(b.getvalue(), view.tobytes(), bytes(view[::-1]))
attempt('write', lambda: b.write(b'x'))
attempt('writelines', lambda: b.writelines([b'x']))
attempt('truncate', lambda: b.truncate(2))
attempt('close', lambda: b.close())
print(b.read(2), b.seek(0), b.getvalue(), b.tell())
view.release()
print(b.write(b'xyz'), b.getvalue())

with b.getbuffer() as window:
    window[-1] = ord('!')
    attempt('write inside with', lambda: b.write(b'?'))
b.seek(0, 2)
b.write(b'+')
print(b.getvalue())

size = b.getbuffer().nbytes
b.write(b'tail')
print(size, len(b.getbuffer()), b.getvalue())
held = b.getbuffer()
del held
b.truncate(3)
print(b.getvalue())

print(hash(io.BytesIO(b'key').getbuffer().toreadonly()) == hash(b'key'))
attempt('hash(writable)', lambda: hash(io.BytesIO(b'key').getbuffer()))
empty = io.BytesIO()
print(empty.getbuffer().tolist(), empty.getbuffer() == b'')
closed = io.BytesIO(b'x')
closed.close()
attempt('getbuffer closed', lambda: closed.getbuffer())
attempt('memoryview(BytesIO)', lambda: memoryview(io.BytesIO(b'a')))
print(b'<' + io.BytesIO(b'mid').getbuffer() + b'>')
