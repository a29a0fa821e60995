# Covers: chr, ord, hex, bin, oct, format() builtin with specs, ascii(), number base conversions round-tripping.

print([chr(i) for i in range(65, 71)], [ord(c) for c in "az09 ~"], chr(0x263A), ord("\u263a"), ord("\U0001F40D"))
print(hex(0), hex(31), hex(-31), bin(5), bin(-5), oct(9), oct(-9), hex(2 ** 64))
print(format(42), format(42, "08b"), format(42, "#o"), format(-42, "x"), format(3.14159, ".3"), format("s", ">4"))
print(int(hex(1234), 16), int(bin(1234), 2), int(oct(1234), 8), int(hex(-99), 0))
print(ascii("plain"), ascii("naïve ☃"), ascii(["é", 1]), ascii(b"b"))
table = [(i, chr(i), hex(i), bin(i), oct(i)) for i in range(60, 66)]
for row in table:
    print("%3d %s %5s %10s %5s" % row)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
class Idx:
    def __index__(self):
        return 255
print(hex(Idx()), bin(Idx()), oct(Idx()), list(range(300))[Idx()])
