# Covers: how ints too big for C types are reported: chr() (C int), sequence repetition ("cannot
# fit 'int' into an index-sized integer"), list.pop/insert and int.to_bytes (ssize_t),
# str.expandtabs and bytes.hex separators (C int), huge shifts, and float ** overflow
# (OverflowError(34, 'Numerical result out of range')).
B = 2 ** 70
M = 2 ** 63
C = 2 ** 31
tests = [
    "chr(B)", "chr(-B)", "chr(C)", "chr(-1)", "chr(0x110000)", "chr(-2**31-1)", "chr(1.5)", "chr('a')",
    "[0] * B", "[0] * M", "[0] * (M-1)", "[0] * -B", "B * [0]", "(0,) * B", "'x' * B", "'x' * M",
    "B * 'x'", "b'x' * B", "bytearray(b'x') * B", "[] * B", "'' * B", "() * B", "[0] * (-M-1)",
    "[0].__mul__(B)", "'x'.__mul__(B)",
    "[1, 2].pop(B)", "[1, 2].pop(M)", "[1, 2].insert(B, 0)", "[1, 2].pop(-3)", "[1].index(1, B)",
    "'a'.expandtabs(B)", "b'a'.expandtabs(B)", "'a'.center(M)", "'a'.zfill(B)",
    "(1).to_bytes(B, 'big')", "(1).to_bytes(-1, 'big')", "b'ab'.hex(1, B)", "b'ab'.hex('xx', 2.5)", "b'abc'.hex(':', -1)",
    "1 << B", "1 << M", "1 >> B", "range(10)[B]", "[1, 2][M]",
    "2.0 ** 10000", "10 ** 400.0", "pow(2.0, 5000)", "(-2.0) ** 10001", "2.0.__pow__(5000)",
]
for t in tests:
    try:
        r = eval(t)
        if isinstance(r, (str, bytes, list, tuple)) and len(r) > 40:
            r = f"<{type(r).__name__} of length {len(r)}>"
        print(t, "->", repr(r))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e.args, repr(e), len(e.args))
l = [0]
try:
    l *= B
except OverflowError as e:
    print("l *= B:", e)
