# Covers: hashlib md5/sha1/sha256 (and sha512/sha224) hexdigest of str.encode() and bytes, update() in parts, digest(), digest_size, name, copy(), hashlib.new.
import hashlib

for text in ["", "hello", "hello world", "The quick brown fox jumps over the lazy dog", "中文"]:
    data = text.encode()
    print(repr(text))
    print("  md5   ", hashlib.md5(data).hexdigest())
    print("  sha1  ", hashlib.sha1(data).hexdigest())
    print("  sha256", hashlib.sha256(data).hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), h.name, h.digest_size, h.block_size)
m = hashlib.md5()
for chunk in [b"a" * 10, b"b" * 1000, bytes(range(256))]:
    m.update(chunk)
print(m.hexdigest(), m.digest()[:4], len(m.digest()))
c = m.copy()
c.update(b"more")
print(m.hexdigest() != c.hexdigest())
print(hashlib.new("sha1", b"abc").hexdigest(), hashlib.sha512(b"abc").hexdigest()[:32], hashlib.sha224(b"abc").hexdigest())
print(hashlib.md5(b"\x00\xff" * 100).hexdigest(), hashlib.sha1(bytearray(b"mutable")).hexdigest())
for filename in ["/home/a.txt", "/home/b.txt", "/home/docs/c.md"]:
    print(filename, hashlib.md5(filename.encode("utf-8")).hexdigest()[:12])
try:
    hashlib.md5("not bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
print(hashlib.sha256(b"a" * 100000).hexdigest())
