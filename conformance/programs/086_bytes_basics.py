# Covers: bytes literals and repr, indexing gives int, slicing gives bytes, decode/encode, hex/fromhex, bytes() constructors, methods, errors.

b = b"Hello\x00\xff\n\t'\""
print(b, len(b), b[0], b[-1], b[1:4], list(b[:3]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), b"abc" + b"def", b"ab" * 3)
print(b"hello world".hex(), bytes.fromhex("48 65 6c 6c 6f"), b"\x01\xab".hex(":"), b"".hex())
print(b"abc".upper(), b"a,b,c".split(b","), b" x ".strip(), b"-".join([b"a", b"b"]), b"abc".replace(b"b", b"B"))
print(b"abc".find(b"c"), b"abcabc".count(b"bc"), b"abc".startswith(b"ab"), 98 in b"abc", b"bc" in b"abc")
print(b"caf\xc3\xa9".decode(), "naïve".encode(), "naïve".encode("latin-1"), repr(b"'"), repr(b"'\""))
print(b"abc" == b"abc", b"abc" < b"abd", b"a" == "a", bytes(b"x") is not None)
for v in [[256], [-1], "str"]:
    try:
        bytes(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc" + "d"
except TypeError as e:
    print("TypeError:", e)
print([hex(x) for x in b"\x00\x7f\x80"], b"\x00\x7f\x80\xff", bytes([0x7e, 0x7f, 0x20]))
print(b"%d bytes" % 5, b"abc".isalpha(), b"123".isdigit(), b"Hi There".title(), b"abc".center(7, b"*"))
print(sorted(b"hello"), max(b"hello"), sum(b"\x01\x02\x03"), b"a\nb".splitlines())
print(bytes.fromhex("ff00").decode("latin-1") == "\xff\x00", int.from_bytes(b"\x01\x00", "little"))
