# Covers: int(s, base) for many bases and prefixes, underscores, whitespace, bin/hex/oct of positive/negative, errors with messages.

print(int("42"), int("-42"), int("  7  "), int("+3"), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("17", 8))
print(int("z", 36), int("hello", 36), int("101", 2), int("-101", 2), int("zz", 36))
print(int(3.99), int(-3.99), int(True), int("0"), int("00"), int("0", 0))
print(bin(10), bin(-10), oct(64), oct(-64), hex(255), hex(-255), hex(0), bin(0))
for b in [2, 3, 8, 16, 36]:
    n = 123456
    digits = ""
    m = n
    while m:
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[m % b] + digits
        m //= b
    print(b, digits, int(digits, b) == n)
for bad, base in [("12a", 10), ("", 10), ("0x", 16), ("2", 2), ("1__0", 10), ("08", 0), ("1.5", 10), ("abc", 37), (" ", 10)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int("\u0661\u0662\u0663"), int("\uff11\uff12"))
print(format(255, "b"), format(255, "o"), f"{255:#06x}", "%o" % 8)
