# Covers: str.encode with codecs and error handlers, bytes.decode errors, str.maketrans/translate (dict, 2-arg, 3-arg), ord/chr round trips.

s = "caf\u00e9 \u4e2d\u6587 \U0001F600"
print(s.encode("utf-8"))
print(s.encode("utf-8").decode("utf-8") == s, len(s), len(s.encode("utf-8")), len(s.encode("utf-16-le")))
print(s.encode("ascii", errors="replace"), s.encode("ascii", errors="ignore"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print("caf\u00e9".encode("latin-1"), b"caf\xe9".decode("latin-1"), "abc".encode(), "abc".encode("utf-16"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe\x00abc".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff abc".decode("utf-8", "replace"), b"\xff abc".decode("utf-8", "ignore"), b"\xc3\xa9".decode())
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
table = str.maketrans({"a": "4", "e": "3", "o": None, "l": "|_"})
print("hello leet coder".translate(table))
t2 = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(t2), t2)
t3 = str.maketrans("ab", "AB", "xyz")
print("axbycz".translate(t3))
print("hello".translate({104: "J", 111: 48}))
try:
    str.maketrans("ab", "a")
except ValueError as e:
    print("ValueError:", e)
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
print([ord(c) for c in "Aa0 \u00e9\u4e2d"], "".join(chr(c) for c in [72, 105, 0x4e2d, 0x1F600]))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
