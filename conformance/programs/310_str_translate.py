# Covers: str.maketrans (dict, two strings, three strings) and str.translate with dicts, lists,
# custom mappings, deletion, multi-character replacements, LookupError fallthrough, and errors.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t1 = str.maketrans('abc', 'xyz')
print(sorted(t1.items()))
t2 = str.maketrans('abc', 'xyz', 'd!')
print(sorted(t2.items()))
t3 = str.maketrans({'a': 'A', 98: 'BB', 'c': None, 'é': 101})
print(sorted(t3.items()))
print('abcd!abc'.translate(t1), 'abcd!abc'.translate(t2), 'abcé'.translate(t3))
print('hello'.translate({ord('l'): None}), 'hello'.translate({104: 'J', 111: '0'}), 'hi'.translate({}))
print('abc'.translate([None, 'x'] * 50), 'ab'.translate({97: 0x1F600}), 'aaa'.translate({97: 'ab'}))
print(str.maketrans('', ''), str.maketrans('', '', 'x'), 'xyx'.translate(str.maketrans('', '', 'x')))


class Mapping:
    def __getitem__(self, k):
        if k == ord('x'):
            return 'X!'
        if k == ord('y'):
            raise IndexError('no y')
        if k == ord('q'):
            raise ValueError('bad q')
        raise KeyError(k)


print('xyzx'.translate(Mapping()))
show('mapping raises', lambda: 'aq'.translate(Mapping()))
show('bad value', lambda: 'a'.translate({97: 1.5}))
show('bad value list', lambda: 'a'.translate({97: ['x']}))
show('too big', lambda: 'a'.translate({97: 0x110000}))
show('negative', lambda: 'a'.translate({97: -1}))
show('not subscriptable', lambda: 'a'.translate(5))
show('no args', lambda: 'a'.translate())
show('maketrans no args', lambda: str.maketrans())
show('maketrans one str', lambda: str.maketrans('a'))
show('maketrans one int', lambda: str.maketrans(1))
show('maketrans unequal', lambda: str.maketrans('ab', 'c'))
show('maketrans bad key', lambda: str.maketrans({1.5: 'a'}))
show('maketrans long key', lambda: str.maketrans({'ab': 'a'}))
show('maketrans bad 3rd', lambda: str.maketrans('a', 'b', 1))
show('maketrans bad 2nd', lambda: str.maketrans('a', 2))
show('maketrans bad 1st', lambda: str.maketrans(1, 'a'))
show('maketrans kw', lambda: str.maketrans(x={}))
show('maketrans on instance', lambda: 'q'.maketrans('a', 'b'))
