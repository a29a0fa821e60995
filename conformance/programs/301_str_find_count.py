# Covers: str.find/rfind/index/rindex/count with start/end (negative, None, out of range,
# __index__ objects, huge ints), empty substrings, and their argument errors.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


s = 'abracadabra'
for sub in ['a', 'bra', 'abra', 'z', '', 'abracadabra', 'abracadabrax']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))

for args in [(1,), (1, 5), (-4,), (-4, -1), (None, 3), (3, None), (100,), (-100, 100), (5, 2), (11,), (12,)]:
    print(args, s.find('a', *args), s.rfind('a', *args), s.count('a', *args),
          s.find('', *args), s.rfind('', *args), s.count('', *args))

print(s.find('a', Idx(2)), s.find('a', 0, Idx(1)), s.count('a', True))
print(s.find('a', 10**30), s.find('a', -10**30), s.rfind('a', 0, 10**30))
print(s.index('cad'), s.rindex('a'), s.index('a', 1), s.rindex('a', 0, -1))
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1), 'aaaa'.rfind('aa'), ''.count(''), ''.find(''), ''.rfind(''))
print('abc'.find('', 3), 'abc'.find('', 4), 'abc'.count('', 4), 'abc'.rfind('', 2))
print('mississippi'.count('ss'), 'mississippi'.count('i', 2, 8))

show('index missing', lambda: s.index('z'))
show('rindex missing', lambda: s.rindex('z'))
show('index range', lambda: s.index('a', 1, 3))
show('find no args', lambda: s.find())
show('find too many', lambda: s.find('a', 1, 2, 3))
show('find int', lambda: s.find(1))
show('find bytes', lambda: s.find(b'a'))
show('count int', lambda: s.count(1))
show('count none', lambda: s.count(None))
show('count no args', lambda: s.count())
show('find bad start', lambda: s.find('a', 'x'))
show('find float end', lambda: s.find('a', 0, 1.5))
show('find kw', lambda: s.find(sub='a'))
show('rindex bad', lambda: s.rindex(['a']))
show('unbound', lambda: str.find('hello', 'l'))
show('unbound bad self', lambda: str.find(5, 'l'))
