# Covers: math sqrt/floor/ceil/gcd/lcm/factorial/isqrt/trunc/copysign/fabs/fmod/modf/frexp/ldexp/comb/perm/prod, constants pi/e/tau/inf/nan.
import math

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.isqrt(17), math.isqrt(10 ** 40), math.isqrt(0))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.floor(5), type(math.floor(2.5)).__name__)
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 8), math.gcd(), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm())
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.trunc(-7.9), math.trunc(7.9), math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.comb(5, 2), math.comb(52, 5), math.comb(10, 0), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.perm(10, 3))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)), math.prod([0.5, 4]), math.prod([2, 3], start=10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.1), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e20, 1, -1e20]))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1, 1, 1), math.dist((0, 0), (3, 4)))
print(math.degrees(math.pi), math.radians(180), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
print(math.remainder(10, 3), math.ulp(1.0), math.nextafter(1.0, 2.0))
