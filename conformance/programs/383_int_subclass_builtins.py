# Covers: int subclass instances passed to built-ins and stdlib functions that take ints: math
# (sqrt, floor, gcd, factorial, log, isqrt, comb, prod), sum/min/max/sorted (mixed with plain
# ints and floats), abs/divmod/pow/round, hex/bin/oct/chr, bytes()/bytearray() sizes, str
# methods with count/width arguments, list methods with index arguments, itertools counts,
# enumerate start, statistics, json.dumps, containers printing their reprs, bool (still the
# final int subclass it was) next to them, range methods, %* widths, datetime, textwrap, heapq,
# bisect, collections, and __len__ returning an int subclass instance.
import itertools
import json
import math
import statistics


class MyInt(int):
    pass


class Big(int):
    pass


x = MyInt(5)
b = Big(2 ** 100)
print(b, b + 1, type(b * 2).__name__, hash(b) == hash(2 ** 100), b > 10, {2 ** 100: 'big'}[b], b.bit_length(), -b, b // MyInt(3))
print(math.sqrt(MyInt(16)), math.floor(MyInt(3)), math.ceil(MyInt(3)), math.trunc(MyInt(-3)), math.gcd(MyInt(12), 18), math.lcm(MyInt(4), 6), math.factorial(MyInt(5)))
print(math.log2(MyInt(8)), math.log(b, 2), math.log10(MyInt(1000)), math.isqrt(MyInt(17)), math.comb(MyInt(5), 2), math.perm(MyInt(4), MyInt(2)), math.prod([MyInt(2), MyInt(3)]), math.pow(MyInt(2), 3))
print(type(math.floor(MyInt(3))).__name__, type(math.gcd(MyInt(12), 18)).__name__, math.hypot(MyInt(3), MyInt(4)), math.isclose(MyInt(1), 1.0), math.copysign(MyInt(3), -0.0), math.fsum([MyInt(1), 0.5]))
vals = [MyInt(3), 1, MyInt(2), 2.5, True]
print(sorted(vals), sorted(vals, reverse=True), min(vals), max(vals), sum(vals), sum([MyInt(1), MyInt(2)]), type(sum([MyInt(1), MyInt(2)])).__name__)
print(max(MyInt(1), 2), min([MyInt(4), MyInt(3)]), type(min([MyInt(4), MyInt(3)])).__name__, sorted([MyInt(3), MyInt(1)], key=lambda v: -v), abs(MyInt(-7)), type(abs(MyInt(-7))).__name__)
print(divmod(x, 3), divmod(-x, MyInt(3)), pow(x, 2, 3), pow(MyInt(3), -1, MyInt(7)), round(x), round(MyInt(15), -1), round(MyInt(25), -1), type(round(x)).__name__)
print(hex(x), bin(x), oct(x), chr(MyInt(65)), hex(b), bytes(MyInt(3)), bytearray(MyInt(2)), bytes([MyInt(65), MyInt(66)]), bytearray([MyInt(120)]))
print('abc'.center(MyInt(7), '*'), 'abc'.ljust(x, '.'), 'abcabc'.find('c', MyInt(3)), 'a-b-c'.split('-', MyInt(1)), 'aaa'.replace('a', 'b', MyInt(2)), 'x\ty'.expandtabs(MyInt(4)), 'abc'.zfill(x))
l = [1, 2, 3]
l.insert(MyInt(0), 'z')
print(l, l.pop(MyInt(0)), l.index(3, MyInt(1)), l[MyInt(-1)], l[::MyInt(2)], list(reversed(range(MyInt(3)))))
print(list(itertools.islice('abcdef', MyInt(2))), list(itertools.repeat('x', MyInt(2))), list(itertools.combinations('abc', MyInt(2))), list(itertools.islice(itertools.count(MyInt(10), MyInt(5)), 3)))
print(list(enumerate('ab', MyInt(5))), type(list(enumerate('ab', MyInt(5)))[0][0]).__name__, list(zip(range(MyInt(2)), 'xy')), [i * MyInt(2) for i in range(MyInt(3))])
print(statistics.mean([MyInt(1), MyInt(2)]), statistics.median([MyInt(3), MyInt(1), MyInt(2)]), statistics.mode([MyInt(1), MyInt(1), 2]))
print(json.dumps([MyInt(3), {'k': MyInt(4)}]), json.dumps({MyInt(1): MyInt(2)}), json.dumps(b), json.loads(json.dumps(MyInt(7))) + 1)
print([MyInt(1), MyInt(2)], (MyInt(1),), {MyInt(1): MyInt(2)}, {MyInt(3)}, [[MyInt(0)]], str([x]), repr({x: [x]}))
print(isinstance(x, (str, int)), isinstance(True, MyInt), issubclass(bool, MyInt), callable(MyInt), MyInt.__name__, MyInt.__qualname__, MyInt.__module__, MyInt.__base__.__name__)
print(int.__add__(MyInt(1), 2), MyInt.__add__(1, 2), int.__repr__(x), int.__format__(x, '03'), int.__hash__(x), int.__bool__(MyInt(0)), int.__eq__(x, 5), int.__lt__(x, 4.5))
y = x
y += 1
y *= MyInt(2)
print(y, type(y).__name__, MyInt(1) < 2 < MyInt(3), x and 'yes', MyInt(0) or 'zero', int('12', base=MyInt(8)), int('11', MyInt(2)))

# bool keeps its own relation to int (and int's slots called on bools read the value).
print(True + 1, isinstance(True, int), format(True, 'd'), format(True, ''), '%d %s %r' % (True, True, False), f'{True:>6}', True & 1, True | False, type(True & 1).__name__)
print(int.__repr__(True), int.__format__(True, ''), int.__format__(True, 'd'), int.__add__(True, True), True == MyInt(1), MyInt(1) & True, type(MyInt(1) & True).__name__, True & MyInt(1), MyInt(0) | True)
for make in (lambda: bool.__new__(int), lambda: type('B', (bool,), {}), lambda: int.__new__(bool, 1)):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)

# More natives that take ints: range methods, %* widths, math.ldexp/log of huge values, datetime,
# textwrap, functools/operator, heapq/bisect/collections, and __len__ returning a subclass.
import bisect
import collections
import datetime
import functools
import heapq
import operator
import textwrap

rg = range(MyInt(1), MyInt(10), MyInt(2))
print(rg, type(rg.start).__name__, rg[MyInt(2)], MyInt(3) in rg, rg.index(MyInt(5)), rg.count(MyInt(7)), rg.count(MyInt(4)), slice(MyInt(1), None), 'abcdef'[slice(MyInt(1), MyInt(5), MyInt(2))])
for bad in (lambda: rg.index(MyInt(4)), lambda: rg.index(4), lambda: rg.index('x')):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
print('%*d|%-*s|%.*f' % (MyInt(5), 3, MyInt(4), 'a', MyInt(2), 3.14159), '{:{}}|'.format('a', MyInt(5)), round(1.2345, MyInt(2)), (1, 2, 3).index(2, MyInt(0)))
print(math.ldexp(1.0, MyInt(3)), math.log(MyInt(2) ** 2000, 2), math.log(MyInt(100), MyInt(10)), math.log2(MyInt(2) ** 1100), math.log10(MyInt(10) ** 400))
print(datetime.date(MyInt(2024), MyInt(2), MyInt(29)), datetime.timedelta(days=MyInt(1), hours=MyInt(2)), datetime.timedelta(hours=3) * MyInt(2), datetime.timedelta(hours=3) / MyInt(2), datetime.timedelta(hours=3) // MyInt(4))
print(textwrap.fill('hello world foo bar', width=MyInt(10)), '|', textwrap.shorten('hello world foo', MyInt(12)))
print(operator.add(MyInt(1), 2), operator.index(MyInt(4)), type(operator.index(MyInt(4))).__name__, operator.mul(MyInt(2), 'ab'), functools.reduce(operator.add, [MyInt(1), MyInt(2), MyInt(3)]), list(itertools.accumulate([MyInt(1), MyInt(2)])))
hp = [MyInt(5), MyInt(1), MyInt(3)]
heapq.heapify(hp)
print(hp, heapq.heappop(hp), bisect.bisect([1, 2, 3], MyInt(2)), collections.Counter([MyInt(1), 1, MyInt(2)]), collections.deque([1, 2, 3], maxlen=MyInt(2)), collections.deque([1, 2, 3])[MyInt(1)])


class Sized:
    def __len__(self):
        return MyInt(3)


print(len(Sized()), bool(Sized()), type(len(Sized())).__name__)
