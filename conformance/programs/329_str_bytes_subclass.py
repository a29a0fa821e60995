# Covers: user subclasses of str, bytes and bytearray: construction (__new__ with extra
# arguments), inherited methods returning exact str/bytes, operators in both orders, dict keys
# equal to plain values, overridden __str__/__repr__/__eq__, and instance attributes.

class MyStr(str):
    def shout(self):
        return self.upper() + '!'

s = MyStr('hello')
print(s, repr(s), type(s).__name__, isinstance(s, str), len(s), s[1], s[1:3], s.shout(), s + ' world', 'say ' + s)
print(s == 'hello', 'hello' == s, hash(s) == hash('hello'), s in ['hello'], 'ell' in s, s in 'hello world', list(s))
d = {s: 1}
print(d['hello'], {'hello': 2}[s], f'{s:>8}|', '%s|%r' % (s, s), str(s), type(str(s)).__name__, type(s.upper()).__name__)
s.attr = 5
print(s.attr, sorted([MyStr('b'), 'a', MyStr('c')]), s * 2, 2 * s, s.split('l'), s.__class__.__name__, s.title())

class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
    def __repr__(self):
        return 'Tagged(%s, %r)' % (super().__repr__(), self.tag)
    def __str__(self):
        return '<' + self + '>'

t = Tagged('x', 't1')
print(repr(t), str(t), t.tag, t + 'y', [t], t == 'x', format(t, '^5'), '%s' % t, f'{t}', f'{t!r}')

class Upper(str):
    def __eq__(self, other):
        return str.__eq__(self.upper(), other.upper())
    __hash__ = str.__hash__
print(Upper('abc') == 'ABC', 'ABC' == Upper('abc'), Upper('a') != 'b')

class B(bytes):
    pass
b = B(b'xyz')
print(b, type(b).__name__, b[0], b + b'!', b.upper(), len(b), b == b'xyz', isinstance(b, bytes), B([65, 66]), B.fromhex('41'))
class BA(bytearray):
    pass
ba = BA(b'q')
ba.append(66)
print(ba, repr(ba), type(ba).__name__, ba + b'z')


class Empty(str):
    __slots__ = ()


e = Empty('slotted')
print(e, e.upper(), len(e), type(e + 'x').__name__, type(e[0]).__name__, e.strip('sd'), type(e.strip()).__name__)
try:
    e.attr = 1
except AttributeError as exc:
    print(type(exc).__name__, exc)
print(str.__new__(MyStr, 'made').shout(), MyStr(), repr(MyStr(b'raw')), MyStr(b'\xc3\xa9', 'utf-8'))
print(sorted({MyStr('k'): 1, 'j': 2}), MyStr('abc').replace('b', 'B'), MyStr('a,b').split(','), ''.join([MyStr('p'), 'q']))
print(MyStr('%s-%d') % ('x', 5), MyStr('{}!').format('hey'), 'x'.join(MyStr('ab')), MyStr('x') * 3)
