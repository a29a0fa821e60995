# Covers: error messages involving int/float subclasses: int.__new__/float.__new__ misuse (not a
# type, not a subtype, bool), bad literals and bases, argument errors, unsupported operand
# types and comparisons naming the subclass, zero division, attribute errors, float indices,
# overflow/inf/nan conversions, format codes naming the subclass, %-format errors, descriptor
# type checks, bad __repr__/__int__/__float__ results, instance lay-out conflicts, and an
# uncaught TypeError from an operator on a subclass instance.


class Cents(int):
    pass


class Ratio(float):
    pass


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('str base', lambda: int.__new__(str))
attempt('not type', lambda: int.__new__(5))
attempt('no args', lambda: int.__new__())
attempt('bool', lambda: int.__new__(bool, 1))
attempt('float new int', lambda: float.__new__(Cents, 1))
attempt('float new bad', lambda: float.__new__(3.0))
attempt('float new none', lambda: float.__new__())
attempt('bad literal', lambda: Cents('abc'))
attempt('bad literal base', lambda: Cents('12', 2))
attempt('bad base', lambda: Cents('12', 40))
attempt('base nonstr', lambda: Cents(12, 10))
attempt('kw x', lambda: Cents(x=5))
attempt('missing str', lambda: Cents(base=2))
attempt('too many', lambda: Cents(1, 2, 3))
attempt('float bad', lambda: Ratio('abc'))
attempt('float kw', lambda: Ratio(x=1.0))
attempt('float many', lambda: Ratio(1, 2))
attempt('float list', lambda: Ratio([1]))
attempt('int list', lambda: Cents([1]))
attempt('int none', lambda: Cents(None))
attempt('add str', lambda: Cents(1) + 'a')
attempt('radd str', lambda: 'a' + Cents(1))
attempt('float sub', lambda: Ratio(1.0) - 'x')
attempt('mixed mul', lambda: Ratio(1.0) @ Cents(2))
attempt('lt str', lambda: Cents(1) < 'x')
attempt('ge none', lambda: Ratio(1.0) >= None)
attempt('unary', lambda: ~Ratio(1.0))
attempt('div zero', lambda: Cents(1) / 0)
attempt('floordiv zero', lambda: Cents(1) // Cents(0))
attempt('mod zero', lambda: Ratio(1.0) % 0)
attempt('float div zero', lambda: Ratio(1.0) / Cents(0))
attempt('divmod zero', lambda: divmod(Cents(3), 0))
attempt('attr', lambda: Cents(1).missing)
attempt('float attr', lambda: Ratio(1.0).missing)
attempt('class attr', lambda: Cents.missing)
attempt('index float', lambda: [1, 2][Ratio(1.0)])
attempt('range float', lambda: range(Ratio(2.0)))
attempt('index oob', lambda: [1, 2][Cents(5)])
attempt('neg shift', lambda: Cents(1) << -1)
attempt('neg repeat', lambda: 'ab' * Cents(-1))
attempt('int overflow float', lambda: float(Cents(10 ** 400)))
attempt('int inf', lambda: int(Ratio('inf')))
attempt('int nan', lambda: int(Ratio('nan')))
attempt('round inf', lambda: round(Ratio('inf')))
attempt('pow mod zero', lambda: pow(Cents(2), 3, Cents(0)))
attempt('pow float mod', lambda: pow(Ratio(2.0), 3, 5))
attempt('format code', lambda: format(Cents(5), 'q'))
attempt('format float code', lambda: format(Ratio(5.0), 'd'))
attempt('format arg', lambda: Cents(5).__format__(1))
attempt('format float arg', lambda: Ratio(5.0).__format__(None))
attempt('fstring code', lambda: f'{Cents(3):z}')
attempt('percent c', lambda: '%c' % Cents(0x110000))
attempt('percent d', lambda: '%d' % Ratio(2.7))
attempt('percent x float', lambda: '%x' % Ratio(2.0))
attempt('chr neg', lambda: chr(Cents(-1)))
attempt('to_bytes', lambda: Cents(300).to_bytes(1, 'big'))
attempt('descriptor', lambda: int.__add__('a', 1))
attempt('float descriptor', lambda: float.__add__(1, 1.0))
attempt('fromhex', lambda: Ratio.fromhex('zz'))
attempt('math domain', lambda: __import__('math').sqrt(Ratio(-1.0)))
attempt('math factorial', lambda: __import__('math').factorial(Ratio(2.5)))


class BadRepr(int):
    def __repr__(self):
        return 42


class BadInt(int):
    def __int__(self):
        return 'no'


class BadFloat(float):
    def __float__(self):
        return 1


class Unhash(int):
    def __eq__(self, other):
        return int(self) == other


attempt('bad repr', lambda: repr(BadRepr(1)))
attempt('bad str', lambda: str(BadRepr(1)))
attempt('bad print list', lambda: str([BadRepr(1)]))
attempt('bad int', lambda: int(BadInt(3)))
attempt('index ok', lambda: [0, 1, 2, 3][BadInt(3)])
attempt('bad float', lambda: float(BadFloat(2.0)))
attempt('unhashable', lambda: {Unhash(1)})
attempt('unhashable key', lambda: {1: 2}[Unhash(1)])
attempt('mixed layout', lambda: type('X', (Cents, Ratio), {}))
attempt('int str', lambda: type('Y', (int, str), {}))
attempt('bool base', lambda: type('Z', (bool,), {}))
attempt('slots', lambda: type('W', (Cents,), {'__slots__': ('a',)}))

total = Cents(150)
print('total is', total + Cents(25))
print(total + 'USD')
