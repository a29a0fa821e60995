# Covers: int() parsing (whitespace, underscores, signs, prefixes, base 0, unicode digits) and
# float() parsing (inf/nan/1e500, underscores) with their exact error messages.
cases = ["42", " 42 ", "\t-7\n", "+3", "1_000", "1__0", "_1", "1_", "0x1F", "0b101", "0o17", "017", "00", "0_0", "", " ", "3.0", "1e3", "٣", "１２", "12abc", "- 5", "--5"]
for c in cases:
    try: print(repr(c), int(c))
    except ValueError as e: print(repr(c), e)
for c, b in [("ff", 16), ("0xff", 16), ("0x_ff", 16), ("FF", 16), ("z", 36), ("Z", 36), ("11", 2), ("12", 2), ("0b11", 0), ("0o17", 0), ("017", 0), ("0", 0), ("00", 0), ("10", 0), ("1_0", 0), ("777", 8), ("0o777", 8), ("8", 8), ("", 16), ("g", 16)]:
    try: print(repr(c), b, int(c, b))
    except ValueError as e: print(repr(c), b, e)
for b in [1, 37, -1]:
    try: int("1", b)
    except ValueError as e: print(e)
try: int(5, 10)
except TypeError as e: print(e)
try: int([1])
except TypeError as e: print(e)
try: int(None)
except TypeError as e: print(e)
print(int(b"42"), int(bytearray(b"7")), int("  0x10  ", 16))
try: int(b"4x")
fl = ["1.5", " -2.5e3 ", "inf", "-Infinity", "nan", "-nan", "1e500", "-1e500", "1_000.5", "1e-400", ".5", "5.", "0x10", "1,5", "", "infinity ", "in f", "1__0.0", "١٫٥"]
for c in fl:
    try: print(repr(c), repr(float(c)))
    except ValueError as e: print(repr(c), e)
try: float([])
except TypeError as e: print(e)
print(float(True), float(10**20), float(" 12 "), float(b"1.5"))
