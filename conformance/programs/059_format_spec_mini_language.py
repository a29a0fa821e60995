# Covers: the format-spec mini-language: fill, align (< > ^ =), sign (+ - space), #, 0, width, grouping (, _), precision, for ints/floats/strings.

for spec in ["<10", ">10", "^10", "*<10", "-^11", "0>10", "=+10", "+", "-", " ", "#x", "#010x",
             "08d", "+08d", "=10", "_", ",", "010,", "_x", "_b", "#_o", "x^+9"]:
    try:
        print(f"{spec!r:>10}: [{format(1234, spec)}] [{format(-1234, spec)}]")
    except ValueError as e:
        print(f"{spec!r:>10}: ValueError: {e}")

for spec in ["", "<12", ">12.3f", "^12.2e", "012.4f", "+.3g", ",.2f", "_.1f", "=+12.2f",
             ".0f", "#.0f", ".10g", "g", ".3%", "12.5", "e", "E", "F", ".1f", "z.1f" if False else ".2g"]:
    print(f"{spec!r:>10}: [{format(12345.6789, spec)}] [{format(-0.000123456, spec)}]")

for spec in ["", "10", "<10", ">10", "^10", ".3", "*^10.3", "s", "~>8"]:
    print(f"{spec!r:>8}: [{format('hello', spec)}]")
for bad in [("s", "d"), (1.5, "d"), ("s", "=10"), (10, ".2d"), (1, "c,"), (3, ",_")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(format(True, "d"), format(True, ""), format(True, ">6"), format(None, ""), format([1], ""))
print(format(1e300 * 1e10, "f"), format(float("nan"), "+.2f"), format(float("-inf"), "010.1f"))
print(format(10 ** 20, ","), format(-10 ** 20, "_"), format(0, "+"), format(0.0, "+"), format(-0.0, ""))
print(format(1234.5, "n"), format(1234, "n"), format(0.1, ".17g"), format(0.1, ".1e"))
