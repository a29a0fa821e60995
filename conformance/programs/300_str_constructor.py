# Covers: str() constructor: no args, str(obj) via __str__/__repr__, str(bytes, encoding, errors)
# decoding, keyword arguments, and the constructor's TypeErrors (str.__new__ misuse).


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'


class WithStr:
    def __str__(self):
        return 'with-str'

    def __repr__(self):
        return 'WithStr()'


class BadStr:
    def __str__(self):
        return 42


show('empty', lambda: str())
show('int', lambda: str(12345678901234567890))
show('float', lambda: str(1.5e300))
show('bool', lambda: (str(True), str(False)))
show('none', lambda: str(None))
show('list', lambda: str([1, 'a', None]))
show('tuple', lambda: str((1,)))
show('dict', lambda: str({'k': [1, 2]}))
show('repr fallback', lambda: str(OnlyRepr()))
show('__str__', lambda: str(WithStr()))
show('bad __str__', lambda: str(BadStr()))
show('str of str', lambda: str('abc'))
show('bytes no enc', lambda: str(b'ab\xff'))
show('bytearray no enc', lambda: str(bytearray(b'xy')))
show('decode utf-8', lambda: str(b'caf\xc3\xa9', 'utf-8'))
show('decode latin-1', lambda: str(b'caf\xe9', 'latin-1'))
show('decode kw', lambda: str(b'abc', encoding='ascii'))
show('errors only', lambda: str(b'a\xffb', errors='replace'))
show('errors ignore', lambda: str(b'a\xffb', 'utf-8', 'ignore'))
show('bytearray decode', lambda: str(bytearray(b'\xe2\x82\xac'), 'utf-8'))
show('object kw', lambda: str(object=5))
show('encoding only', lambda: str(encoding='utf-8'))
show('bad utf-8', lambda: str(b'\xff', 'utf-8'))
show('decode int', lambda: str(1, 'utf-8'))
show('decode str', lambda: str('a', 'utf-8'))
show('bad encoding type', lambda: str(b'a', 1))
show('bad errors type', lambda: str(b'a', 'utf-8', 2))
show('unknown encoding', lambda: str(b'a', 'no-such-codec'))
show('too many', lambda: str(b'a', 'ascii', 'strict', 1))
show('bad kw', lambda: str(x=1))
show('new no args', lambda: str.__new__())
show('new not type', lambda: str.__new__(1))
show('new not subtype', lambda: str.__new__(int))
show('new ok', lambda: str.__new__(str, 7))
show('isinstance', lambda: (isinstance('', str), type(str(3)) is str, str.__name__))
