# Covers: the 3.11 integer string conversion limit: str()/repr()/f-strings of ints over 4300
# digits, int() of long strings, sys.set_int_max_str_digits (raising and lowering the limit,
# 0 = unlimited, the 640 minimum), and int() of bytes quoting the bytes in its error.
import sys
x = 10 ** 5000
for conv in (str, repr, lambda v: f"{v}", lambda v: "%d" % v, lambda v: format(v, ",")):
    try:
        conv(x)
    except ValueError as e:
        print("ValueError:", e)
print(len(str(10 ** 4299)), len(str(-10 ** 4299)), len(hex(x)), len(bin(x)))
try:
    int("7" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(int("-" + "1" * 4300) % 97, int("f" * 5000, 16) % 1000)
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(x)))
sys.set_int_max_str_digits(700)
try:
    str(10 ** 700)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 701)
except ValueError as e:
    print("ValueError:", e)
print(len(str(-10 ** 699)))
for bad in (-1, 1, 639):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
try:
    sys.set_int_max_str_digits(maxdigits=5.0)
except TypeError as e:
    print("TypeError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
sys.set_int_max_str_digits(4300)
for b in (b"42", b" -7 ", bytearray(b"0x1f"), b"4x", b"\xa05", b""):
    try:
        print(repr(b), int(b, 0))
    except ValueError as e:
        print(repr(b), "ValueError:", e)
for a in ["ab", 5, [1, 2], [300], ["a"], range(3), b"\x01\x02", iter([1, 2]), None, 1.5]:
    try:
        print(repr(a)[:20], int.from_bytes(a, "big"))
    except (TypeError, ValueError) as e:
        print(repr(a)[:20], type(e).__name__, e)
print(str(10 ** 5000))
