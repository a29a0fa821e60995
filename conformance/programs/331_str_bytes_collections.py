# Covers: strs and bytes as dict keys and set members, sorting by code point (including
# non-BMP characters vs U+FFFF), min/max, comparisons of unicode strings, and hashing
# consistency between equal values.

words = ['banana', 'Apple', 'cherry', 'apple', 'Ωmega', 'éclair', 'zebra', '😀smile', '\uffffmax', '𝄞clef', '', 'a', 'aa', 'B']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold, reverse=True))
print(sorted(words, key=len), min(words), max(words))
print('\uffff' < '\U00010000', '\ue000' < '😀', 'a' < 'aa' < 'ab' < 'b', 'Z' < 'a', 'é' > 'z', '' < '\x00')
print(['😀' < c for c in '\uffff\ud7ff\U0001f600\U0001f601'])
counts = {}
for w in 'the cat and the hat and the bat'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts, key=counts.get), set('mississippi') == {'m', 'i', 's', 'p'})
keys = {'é': 1, 'e\u0301': 2, '😀': 3}
print(len(keys), keys['é'], keys['😀'], 'e\u0301' in keys, 'é' == 'e\u0301')
bkeys = {b'a': 1, bytes([97]): 2, b'\xff': 3}
print(bkeys, b'a' in bkeys, bytearray(b'a') == b'a', sorted([b'b', b'a', b'\xff', b'', b'\x00']))
print(hash('abc') == hash(''.join(['a', 'b', 'c'])), hash(b'abc') == hash(bytes(bytearray(b'abc'))))
print(sorted({'b', 'a', 'c'}), sorted(frozenset(['x', 'y'])), {'k': 'v'} == {'k': 'v'})
print(max(['apple', 'fig', 'banana'], key=len), sorted(['10', '9', '100']), sorted(['10', '9', '100'], key=int))
print(list(zip('abc', 'xyz')), dict(zip('ab', b'AB')), list(enumerate('hi')), list(map(str.upper, ['a', 'b'])))
print('-'.join(sorted(set('hello world') - {' '})), 'abc' * 2 == 'abcabc', 'ab' in {'ab': 1}, any(c.isdigit() for c in 'a1'))
