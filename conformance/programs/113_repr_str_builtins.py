# Covers: repr/str of builtin values: containers, nested quotes, floats in containers, empty containers, special values, classes and builtin functions.

vals = [0, -1, 1.0, 1e-7, "s", 'q"uote', "it's", b"by", bytearray(b"ba"), None, True, [], (), {}, set(), frozenset(),
        [1, [2, (3, {4: {5}})]], (1,), {"a": [1, 2]}, range(3), slice(1, 2), Ellipsis, NotImplemented, 1j, -2.5+0.5j]
for v in vals:
    print(f"{type(v).__name__:10} str={str(v)!s:30} repr={repr(v)}")
print(repr(int), repr(str), repr(Exception), repr(len), repr(print), repr(object))
class C: pass
print(repr(C), str(C), C.__name__)
print(str(3.0), str(10 ** 16 * 1.0), str(1.0e-4), str(123.456e5), [str(1.10), repr(1.10)])
print(repr("\n\t\r\\\x00\x1f\x7f\x80\xa0\u2028"), repr("'\""), repr('"'), repr("'"))
print(str(b"\x00\xffA"), repr(b"'"), repr(b'"'), repr(b"'\""))
