# Covers: math constants, floor/ceil/trunc on ints, floats and objects with __floor__/__ceil__/__trunc__,
# gcd/lcm with several arguments, isqrt, comb, perm, prod (with start), factorial, fsum.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.9), math.trunc(3.9))
print(math.floor(7), math.ceil(True), math.trunc(10**20), type(math.floor(2.5)).__name__)
print(math.floor(1e300) == 10**300 // 10**300 * int(1e300), math.ceil(-0.5))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __trunc__(self):
        return int(self.cents / 100)

    def __float__(self):
        return self.cents / 100


m = Money(-250)
print(math.floor(m), math.ceil(m), math.trunc(m), math.sqrt(Money(400)))

print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(-4, 6), math.gcd(0, 0))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(0, 5), math.gcd(2**70, 6**30))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1), math.isqrt(True))
print(math.comb(5, 2), math.comb(52, 5), math.comb(5, 0), math.comb(5, 7), math.comb(100, 50))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.factorial(0), math.factorial(10), math.factorial(30))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 11)), math.prod([2, 0.5]), math.prod([1, 2], start=2.0))
print(math.prod(['ab'], start=3), math.prod(x / 2 for x in [1, 2, 3]))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.fsum([1e308, -1e308, 1.5]), math.fsum([0.1, 0.2, 0.3]), math.fsum(i / 7 for i in range(50)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1.0]), math.fsum([1, 2, 3]))
