# Covers: memoryview == / != against views, bytes and bytearray (item values, shapes and
# formats, NaN), unsupported ordering, bytes/bytearray comparisons with views, hash() of
# read-only byte-format views (equal to the bytes' hash) and its errors, views as dict keys.


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


a = memoryview(b'spam')
print(a == b'spam', a == bytearray(b'spam'), a == memoryview(b'spam'), a != b'spam')
print(b'spam' == a, bytearray(b'spam') == a, a == b'spa', a == b'spams', a == 'spam', a == [115, 112, 97, 109])
print(a[1:3] == b'pa', a[::2] == b'sa', a[::-1] == b'maps', a[::-1] == a, a == a)
print(memoryview(b'') == b'', memoryview(b'') == memoryview(b'').cast('i'), a == None, a != 4)

# Items are compared as values: the format does not have to match, the shape does.
one = memoryview(b'\x01\x00\x00\x00')
print(one.cast('i') == memoryview(b'\x01'), one.cast('i') == b'\x01', one.cast('i') == one)
print(one.cast('i') == bytearray(b'\x01'), bytearray(b'\x01\x00\x00\x00') == one.cast('i'), b'\x01\x00\x00\x00' == one.cast('i'))
print(memoryview(b'ab').cast('c') == memoryview(b'ab'), memoryview(b'ab').cast('c') == b'ab', memoryview(b'ab').cast('c') == memoryview(b'ab').cast('c'))
print(memoryview(b'\x01\x02').cast('?') == memoryview(b'\x01\x01'), memoryview(b'\x00\x01').cast('?') == b'\x00\x01')
print(memoryview(b'\xff').cast('b') == memoryview(b'\xff'), memoryview(b'\xff\xff').cast('h') == memoryview(b'\xff\xff\xff\xff').cast('i'))
dbl = memoryview(b'\x00\x00\x00\x00\x00\x00\xf0\x3f').cast('d')
print(dbl == memoryview(b'\x01'), dbl == memoryview(b'\x00\x00\x80\x3f').cast('f'), dbl.tolist())
nan = memoryview(b'\x00\x00\xc0\x7f').cast('f')
print(nan == nan, nan != nan, nan == memoryview(b'\x00\x00\xc0\x7f').cast('f'), [nan] == [nan])
grid = memoryview(bytes(6)).cast('B', [2, 3])
print(grid == memoryview(bytes(6)).cast('B', [2, 3]), grid == memoryview(bytes(6)).cast('B', [3, 2]), grid == bytes(6), grid == grid.cast('B'))
print(memoryview(b'\x05').cast('B', []) == memoryview(b'\x05').cast('B', []), memoryview(b'\x05').cast('B', []) == memoryview(b'\x05'))
print(memoryview(b'abc')[3:] == memoryview(b'xy')[2:])

# Ordering is not supported (bytearray's own comparisons still accept a view).
attempt('a < a', lambda: a < a)
attempt('a <= b', lambda: a <= b'spam')
attempt("b'x' < a", lambda: b'x' < a)
attempt('a > bytearray', lambda: a > bytearray(b'spal'))
attempt('bytearray < a', lambda: bytearray(b'spal') < a)
attempt('bytearray >= a', lambda: bytearray(b'spam') >= a)
attempt('bytearray == strided', lambda: bytearray(b'sa') == a[::2])

# hash(): only read-only views with the formats 'B', 'b' or 'c'; equal to the bytes' hash.
print(hash(a) == hash(b'spam'), hash(a[1:3]) == hash(b'pa'), hash(a[::-1]) == hash(b'maps'))
print(hash(a.cast('c')) == hash(b'spam'), hash(a.cast('b')) == hash(b'spam'), hash(memoryview(b'')) == hash(b''))
attempt('hash(writable)', lambda: hash(memoryview(bytearray(b'x'))))
attempt('hash(int view)', lambda: hash(one.cast('i')))
attempt('hash(readonly bytearray view)', lambda: hash(memoryview(bytearray(b'x')).toreadonly()))
print(memoryview.__hash__ is not None, memoryview(b'x').__hash__() == hash(b'x'))

# Hashable views work as dict keys and set members, interchangeably with bytes.
table = {memoryview(b'key'): 1, b'other': 2}
print(table[b'key'], table[memoryview(b'other')], memoryview(b'key') in table, b'nokey' in table)
print(len({memoryview(b'a'), memoryview(b'a'), b'a'}))

# A hash computed before release() is remembered, as in CPython.
h = memoryview(b'keep')
first = hash(h)
h.release()
print(hash(h) == first)
g = memoryview(b'gone')
g.release()
attempt('hash(released)', lambda: hash(g))
print(g == g, g == b'gone', g != memoryview(b'gone'), memoryview(b'gone') == g)
