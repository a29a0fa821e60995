# Covers: bytearray: mutation (item/slice assignment, append, extend, pop, remove, insert, clear), repr, conversion, errors.

ba = bytearray(b"hello")
print(ba, len(ba), ba[0])
ba[0] = ord("J")
ba.append(33)
ba.extend(b" world")
print(ba)
ba[1:5] = b"ELLO!!"
print(ba)
del ba[0:2]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 42)
ba.remove(ord("!"))
print(ba, ba.decode(), bytes(ba), ba.hex())
ba.reverse()
print(ba)
ba.clear()
print(ba, bytearray(4), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray(b"x") * 3)
for bad in [lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"a").append("x"), lambda: bytearray().pop(), lambda: bytearray(b"ab").remove(99)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
buf = bytearray()
for i in range(5):
    buf += bytes([i * 50])
print(buf, list(buf), buf == b"\x00\x322d\x96\xc8", bytearray(b"abc") == b"abc")
print(bytearray(b"Mixed Case").lower(), bytearray(b"a b").split(), bytearray(b"a")[0:1])
