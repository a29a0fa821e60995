# Covers: divmod, pow with two and three arguments, modular inverse with pow(x, -1, m), negative exponents, errors.

print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 70, 10 ** 9))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(0, 0))
print(pow(3, 200, 1000), pow(2, 10 ** 6, 10 ** 9 + 7), pow(7, 0, 5), pow(-3, 3, 5), pow(3, 3, -5))
print(pow(3, -1, 7), pow(10, -1, 17), pow(38, -1, 97) * 38 % 97)
for args in [(2, 3, 0), (3, -1, 6), (2.0, 3, 5), (2, 0.5, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
print((-8) ** (1 / 3) == pow(-8, 1 / 3), type(pow(-8, 1 / 3)).__name__)
print(pow(2, 100) == 2 ** 100 == 1 << 100)
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(all(modexp(b, e, m) == pow(b, e, m) for b in range(2, 9) for e in range(0, 40, 7) for m in (7, 13, 1000)))
print(10 ** -3, 10.0 ** 3, (-1) ** 0.5 if False else "complex skipped", 1 ** 1000000)
