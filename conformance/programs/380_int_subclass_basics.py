# Covers: a plain user subclass of int: construction (values, strings with a base, floats,
# bools, other ints), isinstance/issubclass, arithmetic/bitwise/unary results that are exact
# ints, comparisons in both orders, hash equality (dict keys and set members equal to the plain
# int), use as list index / slice bound / range() argument / sequence repeat count, int(),
# float(), bool(), repr/str/format/f-strings/% formatting, and instance attributes.

class MyInt(int):
    pass


x = MyInt(5)
print(x, repr(x), type(x).__name__, isinstance(x, int), isinstance(x, MyInt), issubclass(MyInt, int), type(x) is MyInt)
print(MyInt(), MyInt('ff', 16), MyInt('0x1f', 0), MyInt(' 42 '), MyInt(3.9), MyInt(-3.9), MyInt(True), MyInt(MyInt(7)), MyInt(b'12'), MyInt('1_000'))
print(MyInt('z', 36), MyInt('-101', 2), MyInt(2 ** 70), type(MyInt(2 ** 70)).__name__, MyInt(10 ** 20) // 3)

# Arithmetic returns exact ints, in both operand orders.
results = [x + 1, 1 + x, x - 10, 10 - x, x * 2, 2 * x, x // 2, 17 // x, x % 3, 12 % x, x ** 2, 2 ** x, -x, +x, ~x, abs(MyInt(-3))]
print(results, sorted({type(r).__name__ for r in results}))
print(x / 2, 7 / x, type(x / 2).__name__, x & 3, x | 8, x ^ 1, x << 2, x >> 1, 1 << x, {type(v).__name__ for v in (x & 3, x | 8, x ^ 1, x << 2, x >> 1)})
print(x + 0.5, 0.5 + x, x * 1.5, type(x + 0.5).__name__, x + True, divmod(x, 3), divmod(17, x), pow(x, 2, 3), pow(2, x, 7), x ** -1)
print(MyInt(3) + MyInt(4), type(MyInt(3) + MyInt(4)).__name__, MyInt(2) ** MyInt(100), x.__add__(1), x.__radd__(1), x.__add__('a'))

# Comparisons and hashing.
print(x == 5, 5 == x, x != 5, x < 6, 6 > x, x >= 5, x <= 4.5, x == 5.0, 5.0 == x, MyInt(1) == True, x == MyInt(5), x is not MyInt(5))
print(hash(x) == hash(5), hash(MyInt(-1)), hash(MyInt(2 ** 64)) == hash(2 ** 64), {x: 'a'}[5], {5: 'b'}[x], {5.0: 'c'}[x], x in {5}, 5 in {x}, x in {5: 1})
d = {MyInt(1): 'first'}
d[1] = 'second'
d[True] = 'third'
print(d, type(list(d)[0]).__name__, {1, MyInt(1), 1.0}, type({MyInt(1), 1}.pop()).__name__, frozenset([MyInt(2)]) == frozenset([2]))

# Index-like uses.
print([0, 1, 2, 3, 4, 5, 6][x], 'abcdefg'[MyInt(-1)], 'abcdefg'[MyInt(1):MyInt(4)], (1, 2, 3)[MyInt(0)], list(range(x)), range(MyInt(1), MyInt(9), MyInt(3)))
print([1, 2] * MyInt(2), MyInt(2) * [1, 2], 'ab' * MyInt(3), MyInt(2) * 'xy', (1,) * MyInt(2), b'-' * MyInt(3), bytearray(b'z') * MyInt(2))
lst = list('abcdef')
lst[MyInt(0)] = 'A'
del lst[MyInt(1)]
print(lst, lst.index('d'), lst[MyInt(1):MyInt(3)], lst.pop(MyInt(0)))

# Conversions.
print(int(x), type(int(x)).__name__, float(x), type(float(x)).__name__, bool(x), bool(MyInt(0)), complex(x), str(x), type(str(x)).__name__)
print(x.real, x.imag, x.numerator, x.denominator, x.conjugate(), type(x.conjugate()).__name__, x.bit_length(), MyInt(255).bit_count(), x.as_integer_ratio(), x.to_bytes(2, 'little'))
print(type(x.real).__name__, type(x.numerator).__name__, type(round(x)).__name__, round(MyInt(1234), -2), type(round(MyInt(1234), -2)).__name__, x.__index__(), x.__int__(), x.__float__())

# Text forms use int's repr unless overridden.
print(f'{x}', f'{x!r}', f'{x:>4}|', f'{x:b}', f'{x:#x}', f'{x:+.2f}', f'{x:,}', f'{MyInt(1234567):_}', format(x, 'd'), format(x), format(x, '08.3e'))
print('%d %i %s %r %x %o %5.1f %c %e' % (x, x, x, x, x, x, x, MyInt(65), x), '{} {!r} {:>3}'.format(x, x, x), str.format('{0:03}', x))
print(hex(x), oct(x), bin(x), chr(MyInt(97)), ascii(x), [x, MyInt(-2)], (x,), {'k': x}, {x})

# Instance attributes.
x.label = 'five'
x.count = 2
print(x.label, x.count, x.__dict__, vars(x), x, x + 1, hasattr(MyInt(1), 'label'))
del x.label
print(x.__dict__, getattr(x, 'label', 'gone'))
