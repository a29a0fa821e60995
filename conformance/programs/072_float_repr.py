# Covers: repr/str of many floats: shortest repr, exponents, 0.1+0.2, 1/3, -0.0, inf, nan, float() parsing of strings.

values = [0.1 + 0.2, 1e16, 1e15, 1e-5, 1e-4, 1 / 3, 2 / 3, -0.0, 0.0, 1.0, 100.0, 1e22, 1e21,
          123456789012345678.0, 0.000123, 1.5e-10, 2.5, 1e100, 5e-324, 1.7976931348623157e308,
          3.141592653589793, 2.718281828459045, 0.1 * 3, 1.1 * 1.1, 4.35 * 100, 1 - 0.9, 9.95, 1e23]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), float("-nan"), float("Infinity"), float("  -iNF "))
print(float("1e5"), float("1_000.5"), float("-.5"), float("5."), float(".5e-3"), float("  12  "), float(7))
for bad in ["abc", "", "1e", "1.2.3", "0x10", "nan1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print([0.1] * 3, (0.5, -0.25), {1.5: 2.5})
print(round(2.675, 2), 2.675, 0.1 + 0.7, 3 * 1.1, sum([0.1] * 10))
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, 2.0 ** 1023 * 2 if False else 2.0 ** 1023)
print(float.fromhex("0x1.8p1"), (3.0).hex(), (0.1).hex(), (-0.0).hex())
print(-0.0 == 0.0, str(-0.0), repr(0.0 * -1), abs(-0.0))
