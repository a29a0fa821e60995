# Covers: math log/log2/log10/log1p/exp/expm1/pow, trig sin/cos/tan/asin/acos/atan/atan2, hyperbolic, printed with modest precision plus a few full reprs.
import math

print(math.log(math.e), math.log(1), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(1000), math.log10(0.001))
print(math.exp(0), math.exp(1) == math.e, round(math.exp(2), 10), math.pow(2, 10), math.pow(2, 0.5) == math.sqrt(2))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(round(math.sin(math.pi), 12), round(math.cos(math.pi / 2), 12), round(math.tan(math.pi / 4), 12))
print(math.sin(1), math.cos(1), math.atan(1) * 4 == math.pi)
for deg in range(0, 361, 45):
    r = math.radians(deg)
    print(f"{deg:3d}  sin={math.sin(r):+.6f}  cos={math.cos(r):+.6f}")
print(math.asin(1), math.acos(0), math.acos(-1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print(round(math.sinh(1), 10), round(math.cosh(1), 10), round(math.tanh(0.5), 10), math.asinh(0), math.acosh(1), math.atanh(0))
print(f"{math.log(10):.12f} {math.log1p(1e-10):.6e} {math.expm1(1e-10):.6e}")
print(math.gamma(5), math.lgamma(1), round(math.erf(1), 10), round(math.erfc(1), 10), round(math.cbrt(27), 12))
compound = 1000 * math.pow(1 + 0.05 / 12, 12 * 10)
print(f"compound interest: {compound:.2f}")
print([round(math.sqrt(n), 4) for n in range(1, 11)])
