# Covers: int.to_bytes / int.from_bytes (byteorder, signed), bit_length, OverflowError messages, round trips.

for n in [0, 1, 255, 256, 65535, 2 ** 32 - 1]:
    print(n, n.to_bytes(4, "big"), n.to_bytes(4, "little"), n.bit_length())
print((1024).to_bytes(2, byteorder="big"), (-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(bytes([1, 2, 3, 4]), "big"), hex(int.from_bytes(b"\xde\xad\xbe\xef", "little")))
print(int.from_bytes(b"", "big"), (0).to_bytes(0, "big"), (5).to_bytes(1, "big"))
print(int.from_bytes([255, 0], "big"), (2 ** 100).to_bytes(13, "big").hex())
for n, length, signed in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True)]:
    try:
        n.to_bytes(length, "big", signed=signed)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
x = 123456789123456789
b = x.to_bytes((x.bit_length() + 7) // 8, "big")
print(b, int.from_bytes(b, "big") == x)
print((255).to_bytes(2, "big"), (255).to_bytes(2), int.from_bytes(b"\x01\x00"))
