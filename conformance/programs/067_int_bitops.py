# Covers: bitwise operators on ints including negatives and big ints, shifts, bit_length, bit_count, masks.

a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-12 & 0xFF, -12 | 3, -12 ^ 5, ~-1, ~0, -1 >> 10, -16 >> 2, -17 >> 2)
print(1 << 100, (1 << 100) >> 99, (2 ** 100 - 1) & 0xFFFF, (1 << 64) | 1)
for n in [0, 1, 2, 3, 255, 256, -1, -256, 2 ** 100]:
    print(n, n.bit_length(), bin(n).count("1"), n.bit_count())
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags, f"{flags:03b}")
flags ^= WRITE
print(flags)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
print(True & False, True | False, True ^ True, ~True, True << 3)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
gray = [i ^ (i >> 1) for i in range(8)]
print([format(g, "03b") for g in gray])
x = 0xDEADBEEF
print(hex(x >> 16), hex(x & 0xFFFF), hex(((x << 8) | (x >> 24)) & 0xFFFFFFFF))
