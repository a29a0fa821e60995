# Covers: format types b c d o x X n e E f F g G % s across values, including precision and alternate forms, int and float edge cases.

ints = [0, 1, 7, 42, 255, -255, 65, 100000, 2 ** 40]
for t in "bcdoxXn":
    row = []
    for v in ints:
        if t == "c" and not (0 <= v < 0x110000):
            row.append("-")
            continue
        row.append(format(v, t) if t != "c" else repr(format(v, t)))
    print(t, row)

floats = [0.0, 1.0, -1.5, 3.14159265358979, 1e-5, 123456789.0, 1e16, 2.5e-300, 0.1]
for t in ["e", "E", "f", "F", "g", "G", "%", ".3e", ".3f", ".3g", ".0e", ".0g", "#.3g", ".15g", ".17g"]:
    print(f"{t:>4}", [format(v, t) for v in floats])

print(format(1.0, ""), format(1e16, ""), format(1e15, ""), format(1.5e-5, ""), format(123.0, ".2"))
print(format(5, "e"), format(5, "f"), format(5, "%"), format(5, "g"), format(5, ".2f"))
print(format(float("inf"), "e"), format(float("inf"), "F"), format(float("nan"), "G"), format(float("nan"), "%"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(2.675, ".2f"), format(1.005, ".2f"))
print(format(9.995, ".2f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1e22, "f"), format(1e-22, "g"))
print(format(123456789, "e"), format(123456789, ".2e"), format(-0.0, "g"), format(-0.0, "f"))
