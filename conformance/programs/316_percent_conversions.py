# Covers: printf-style str % formatting, every conversion: d i u o x X e E f F g G c r s a %
# with ints, bools, floats, big ints, negative numbers, inf/nan, and objects with __index__,
# __int__ and __float__.


class Num:
    def __index__(self):
        return 42


class IntOnly:
    def __int__(self):
        return 7


class FloatOnly:
    def __float__(self):
        return 2.5


values = [0, 1, -1, 255, -255, 3.99, -3.99, 2**70, -(2**64), True, False, 1e20, 0.5]
for v in values:
    print(repr(v), '%d|%i|%u' % (v, v, v), '%e|%E' % (v, v), '%f|%F' % (v, v), '%g|%G' % (v, v))
for v in [0, 1, -1, 255, -255, 2**70, True, Num()]:
    print('%o|%x|%X' % (v, v, v))
for v in [float('inf'), float('-inf'), float('nan'), -0.0, 1e-7, 123456789.0, 1.5e300, 5e-324]:
    print('%e|%f|%g|%E|%F|%G' % (v, v, v, v, v, v))
print('%d %i %x %o' % (Num(), Num(), Num(), Num()), '%d' % IntOnly(), '%f %e %g' % (FloatOnly(), FloatOnly(), FloatOnly()))
print('%f' % Num(), '%g' % 10**20, '%c%c%c' % (72, 'i', 0x1F600), '%c' % True)
print('%s %s %s %s' % ('str', 42, None, [1, 'a']), '%r %r' % ('str', 1.0), '%a %a' % ('é', 'x'), '100%%', '%s%%' % 5)
print('%s' % (('tuple', 'inside'),), '%s' % {'k': 'v'}, '%s' % [], '%r' % (b'bytes',), '%s' % 'é')
print('%.3s|%.0s|%.10s' % ('abcdef', 'xyz', 'ab'), '%.2r' % 'abc', '%5.1a|' % 'é')
print('%ld %hi %Lf' % (1, 2, 3.0))
print('%(a)s' % {'a': 1} + ' plain' % ())
print('%s' % 'only', 'no args' % (), 'mapping ignored' % {'x': 1}, 'list arg' % [])
