# Covers: arbitrary-precision ints: factorials, powers of two, digit sums, big multiplication/division, str/int round trip of huge numbers.
import math

print(2 ** 200)
print(-(2 ** 100), (-2) ** 101)
print(math.factorial(50))
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(sum(int(d) for d in str(f)), len(str(f)))
big = 3 ** 333
print(big)
print(big // 7 ** 50, big % 7 ** 50)
print(big * big - big ** 2, (big + 1) * (big - 1) == big ** 2 - 1)
print(10 ** 30 + 1, 10 ** 30 - 1, -(10 ** 30) // 7, -(10 ** 30) % 7)
print(int("9" * 60) + 1)
print(2 ** 64, 2 ** 63 - 1, -(2 ** 63), 2 ** 64 - 1, 2 ** 32 * 2 ** 32)
print(12345678901234567890 * 98765432109876543210)
print(999999999999999999999 // 1000000000000, 999999999999999999999 % 1000000000000)
fib = [0, 1]
for _ in range(200):
    fib.append(fib[-1] + fib[-2])
print(fib[-1])
print(abs(-(10 ** 40)), -(-(10 ** 40)), +(10 ** 40))
print(pow(2, 1000) % 1000007, math.gcd(2 ** 100, 6 ** 50))
print(str(7 ** 77)[::-1][:20])
print(int(str(2 ** 500)) == 2 ** 500, hex(2 ** 100), bin(2 ** 70))
print(sum(range(10 ** 6 + 1)), 10 ** 18 + 10 ** 18)
