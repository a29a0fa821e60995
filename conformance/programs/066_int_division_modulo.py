# Covers: floor division and modulo with negative operands (ints and floats), divmod identities, true division producing floats.

pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod = {divmod(a, b)}   / = {a / b}")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5, 0.5), (-0.0, 1)]:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in pairs[:4]:
    q, r = divmod(a, b)
    assert q * b + r == a
print("identity holds")
print(-3 % 10, -13 % 10, 13 % -10, -(13 % 10))
print(10 / 4, 10 // 4, -10 / 4, -10 // 4, 9 / 3, type(9 / 3).__name__)
print(2 ** -1, 2 ** -2, (-8) ** (1 / 3) if False else "skip", 0 ** 0, 0.0 ** 0)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(7 % 1.5, -7 % 1.5, 1e300 % 7, 5 % float("inf"), -5 % float("inf"))
print(int(-7 / 2), -7 // 2, round(-7 / 2), int(7.999), int(-7.999))
print(10 ** 20 // 3, -(10 ** 20) // 3, 10 ** 20 % -3)
print(1 // 1.0, type(1 // 1.0).__name__, 3 % 2.0)
