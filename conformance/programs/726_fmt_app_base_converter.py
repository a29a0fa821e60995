# Covers: an app: a number-base converter (divmod loop vs format/bin/oct/hex), int() with bases and bad literals, big ints and the 4300-digit limit; ends with an uncaught ValueError.
# Number base converter.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError(f"base must be in 2..36, got {base}")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

for n in [0, 7, -7, 255, 1000, 2**64, -(10**20)]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    assert row[0] == format(n, "b") and row[2] == format(n, "x"), n
    print(f"{n:>22} | {row[0][-16:]:>16} | {row[1]:>24} | {row[2]:>18} | {row[3]}")
for s, b in [("ff", 16), ("0b1010", 0), ("0o777", 0), ("z", 36), ("1_000", 10), (" 42 ", 10), ("1e3", 10), ("12", 2), ("", 10), ("0x", 16)]:
    try:
        print(repr(s), b, "->", int(s, b))
    except ValueError as e:
        print(repr(s), b, "-> ValueError:", e)
print(bin(-37), oct(-37), hex(-37), (-37).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\xff\x00", "little", signed=True))
print(2**100, str(2**100)[:10], len(str(3**1000)), 7**77 % 1000, (-7) // 2, -7 % 3, divmod(-2**65, 3))
big = 10**4300 - 1
print(len(str(big)))
try:
    print(str(big * 10))
except ValueError as e:
    print("ValueError:", e)
print(to_base(255, 37))
