# Covers: abs (int, float, bool, negative zero, __abs__), round, divmod, pow builtins on mixed types.

print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(-10 ** 30), abs(float("-inf")))
class V:
    def __abs__(self):
        return "custom abs"
print(abs(V()))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
print(round(3.14159, 3), round(2.5), round(-2.5), round(7, -1), round(0.5 + 1e-9))
print(divmod(9, 4), divmod(-9, 4), divmod(9.0, 4), divmod(True, 2))
print(pow(3, 4), pow(3, -1), pow(3, 4, 5), pow(2.0, 0.5), pow(-1, 0.5) == complex(0, 1) or "complex")
print(abs(3 + 4j), round(abs(-0.1 - 0.2), 2), max(abs(x) for x in [-7, 3]))
