# Covers: every str method on the empty string and on single characters (edge cases of
# padding, splitting, searching and predicates), plus str methods looked up on the type.

e = ''
print(repr(e.upper()), repr(e.lower()), repr(e.title()), repr(e.capitalize()), repr(e.swapcase()), repr(e.casefold()))
print(e.isalpha(), e.isdigit(), e.isdecimal(), e.isnumeric(), e.isalnum(), e.isspace(), e.islower(), e.isupper(),
      e.istitle(), e.isidentifier(), e.isprintable(), e.isascii())
print(e.split(), e.split(','), e.rsplit(','), e.splitlines(), e.partition('x'), e.rpartition('x'), e.strip(), e.strip('x'))
print(e.find(''), e.rfind(''), e.count(''), e.index(''), e.startswith(''), e.endswith(''), e.find('a'), e.count('a'))
print(repr(e.center(3)), repr(e.ljust(2, '*')), repr(e.zfill(3)), repr(e.expandtabs()), repr(e.replace('', 'x')), repr(e.join(['a', 'b'])))
print(repr(e.translate({})), e.encode(), repr(e.format()), repr(e % ()), repr(e[:]), repr(e[::-1]), len(e), list(e), e == str())
for c in ['a', 'A', '1', ' ', '_', '\n', 'é', '😀']:
    print(repr(c), c.split(), c.splitlines(), c.partition(c), c.strip(), c * 3, c.center(3, '.'), c.zfill(3), c.title(), c.swapcase())
names = [n for n in dir(str) if not n.startswith('_')]
print(len(names), names)
print(str.join('-', 'abc'), str.split('a b'), str.count('aaa', 'a'), str.__len__('four'), getattr('x', 'upper')())
print(callable(str.upper), str.upper.__name__, str.upper.__qualname__, type(str.upper).__name__, type('x'.upper).__name__)
print(type(str.__len__).__name__, type(bytes.fromhex).__name__)
