# Covers: binary open() modes rb/wb/ab/r+b/w+b, read(n)/read1/readline/readlines/iteration over bytes, seek with whence 0/1/2, tell, truncate, peek, readinto, bytearray writes, and the FileIO/Buffered* layering (.raw, .buffer, modes).
with open("data.bin", "wb") as f:
    print(f.write(bytes(range(10))), f.write(bytearray(b"\n\xff\x00")), f.tell())
    print(f.mode, f.name, f.writable(), f.readable(), f.seekable())
with open("data.bin", "rb") as f:
    print(f.read(4), f.tell(), f.read1(3), f.seek(2), f.read(2))
    print(f.seek(-3, 2), f.read(), f.seek(0, 1), f.read())
    print(f.seek(1), f.seek(2, 1), f.read(1), f.tell())
    f.seek(0)
    print(f.readline(), f.readline(), f.readline())
    f.seek(0)
    print(f.readlines())
    f.seek(8)
    print([chunk for chunk in f])
    f.seek(0)
    buf = bytearray(5)
    print(f.readinto(buf), buf)
    print(f.peek(1)[:1], f.tell())
with open("data.bin", "ab") as f:
    print(f.tell(), f.write(b"APPENDED"))
with open("data.bin", "r+b") as f:
    f.seek(5)
    f.write(b"XYZ")
    print(f.tell(), f.truncate(10), f.tell())
    f.seek(0)
    print(f.read())
with open("data.bin", "w+b") as f:
    f.write(b"hello world")
    f.seek(6)
    print(f.read(), f.truncate(5), f.seek(0), f.read())
    f.seek(20)
    f.write(b"!")
    f.seek(0)
    print(f.read())
with open("lines.bin", "wb") as f:
    f.write(b"one\ntwo\r\nthree")
with open("lines.bin", "rb") as f:
    print(list(f))
with open("lines.bin", "rb") as f:
    print(f.readline(2), f.readline(), f.readline(-1), f.readline())
f = open("lines.bin", "rb")
print(type(f).__name__, type(f.raw).__name__, f.raw.mode, f.closed)
f.close()
print(f.closed)
t = open("lines.bin")
print(type(t).__name__, type(t.buffer).__name__, t.buffer.mode, t.mode, t.encoding, t.errors, t.line_buffering)
print(t.buffer.read(3), repr(t.read()))
t.close()
for mode in ["r+b", "w+b", "a+b", "rb", "wb", "ab", "xb"]:
    try:
        with open("modes.bin" if mode != "xb" else "fresh.bin", mode) as g:
            print(mode, type(g).__name__, g.mode, g.readable(), g.writable())
    except OSError as e:
        print(mode, type(e).__name__, e)
raw = open("lines.bin", "rb", buffering=0)
print(type(raw).__name__, raw.read(3), raw.readall())
raw.close()
