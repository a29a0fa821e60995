# Covers: a plain user subclass of float: construction (numbers, strings incl. nan/inf, ints,
# other subclass instances, float.__new__(cls, x)), arithmetic/unary/divmod/pow results that
# are exact floats, comparisons with ints and floats, hash equality (dict keys equal to the plain
# float or int), int()/float()/bool()/round(), repr/str/format/f-strings/% formatting, float
# methods (is_integer, as_integer_ratio, hex, fromhex on the subclass, real/imag/conjugate),
# math functions, sum/sorted/min/max, and instance attributes.
import math


class MyFloat(float):
    pass


f = MyFloat(2.5)
print(f, repr(f), type(f).__name__, isinstance(f, float), issubclass(MyFloat, float), isinstance(f, int))
print(MyFloat(), MyFloat('1.25'), MyFloat(3), MyFloat(' nan '), MyFloat('-inf'), MyFloat(MyFloat(7.5)), MyFloat(True), MyFloat(2 ** 60), MyFloat('1_0.5'), MyFloat(b'2.5'))
print(float.__new__(MyFloat, 9), type(float.__new__(MyFloat)).__name__, float.__new__(float, '3'), type(float.__new__(float, '3')).__name__)
results = [f + 1, 1 + f, f - 1, 1 - f, f * 2, 2 * f, f / 2, 5 / f, f // 1, 7 // f, f % 1, 7 % f, f ** 2, 2 ** f, -f, +f, abs(MyFloat(-1.5)), f + f]
print(results, sorted({type(r).__name__ for r in results}))
print(divmod(f, 1), divmod(7, f), pow(f, 2), pow(MyFloat(2.0), 3), f * True, MyFloat(-0.0), -MyFloat(0.0), MyFloat(1e300) * 10, MyFloat(1) / 3)
print(f == 2.5, 2.5 == f, f != 2.5, f < 3, 3 > f, f > 2, f >= MyFloat(2.5), f == MyFloat(2.5), MyFloat(2.0) == 2, 2 == MyFloat(2.0), MyFloat('nan') == MyFloat('nan'))
print(hash(f) == hash(2.5), hash(MyFloat(2.0)) == hash(2), {f: 'a'}[2.5], {2.5: 'b'}[f], {MyFloat(1.0): 'one'}[1], {1: 'int one'}[MyFloat(1.0)], f in {2.5}, 2.5 in {f}, {MyFloat(1.0), 1, 1.0})
print(int(f), type(int(f)).__name__, int(MyFloat(-2.9)), float(f), type(float(f)).__name__, bool(f), bool(MyFloat()), round(f), round(MyFloat(3.5)), round(MyFloat(2.675), 2), type(round(f, 1)).__name__, complex(f))
print(f'{f}', f'{f!r}', f'{f:.3f}', f'{f:>8}|', f'{f:e}', f'{f:%}', f'{MyFloat(1234.5):,.1f}', format(f), format(f, ''), format(f, 'g'), '%f %s %r %d %g %.1e' % (f, f, f, f, f, f))
print(str(f), str(MyFloat(1e16)), repr(MyFloat(1e-7)), repr(MyFloat('nan')), str(MyFloat('inf')), [f, MyFloat(0.1)], (f,), {'k': f}, ascii(f))
print(f.is_integer(), MyFloat(2.0).is_integer(), f.as_integer_ratio(), f.hex(), MyFloat.fromhex('0x1.8p1'), type(MyFloat.fromhex('0x1p0')).__name__, float.fromhex('0x1p-1'))
print(f.real, type(f.real).__name__, f.imag, f.conjugate(), type(f.conjugate()).__name__, type(f.__float__()).__name__, f.__trunc__(), f.__floor__(), f.__ceil__(), f.__round__(), f.__round__(1))
print(math.floor(f), math.ceil(f), math.trunc(f), math.sqrt(MyFloat(6.25)), math.isnan(MyFloat('nan')), math.isinf(MyFloat('inf')), math.fsum([f, f]), math.isclose(f, 2.5), math.copysign(1, MyFloat(-0.0)), math.modf(f), math.frexp(f))
vals = [MyFloat(3.5), 1, MyFloat(2.25), 2, MyFloat(-1.0)]
print(sorted(vals), min(vals), max(vals), sum(vals), sum([MyFloat(0.1)] * 10), type(sum([MyFloat(0.5)])).__name__, max(MyFloat(1.0), 1), min(1, MyFloat(1.0)))
f.unit = 'm'
print(f.unit, f.__dict__, vars(f), f * 2, type(f * 2).__name__, hasattr(MyFloat(1.0), 'unit'))
print([1, 2, 3][int(MyFloat(1.9))], list(range(int(MyFloat(3.0)))), 'x' * int(MyFloat(2.0)), float.__add__(f, 1), MyFloat.__mul__(2.0, 3), float.__repr__(f), float.__eq__(f, 2.5))
