# Covers: hashlib md5/sha1/sha224/sha256/sha384/sha512 and new() (case-insensitive names), hexdigest/digest/update in chunks, copy() independence, name/digest_size/block_size, bytearray and memoryview-free bytes-like input, algorithms_guaranteed membership, and the errors for str input, bad types and unknown names.
import hashlib

data = "The quick brown fox jumps over the lazy dog".encode()
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)(data)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:40], len(h.digest()), h.hexdigest() == hashlib.new(name.upper(), data).hexdigest())
print(hashlib.md5().hexdigest(), hashlib.sha256(b"").hexdigest())
h = hashlib.sha256()
for chunk in [b"The quick ", b"brown fox ", bytearray(b"jumps over the lazy dog")]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(data).hexdigest())
c = h.copy()
c.update(b".")
print(h.hexdigest()[:16], c.hexdigest()[:16], hashlib.sha256(data + b".").hexdigest()[:16])
print(hashlib.sha1(b"abc").digest(), hashlib.md5(b"\x00" * 1000).hexdigest(), hashlib.sha512(b"a" * 200).hexdigest()[-16:])
print(hashlib.new("md5", b"x").hexdigest(), hashlib.new("sha1").name, hashlib.md5(string=b"kw").hexdigest()[:8], hashlib.sha256(usedforsecurity=False).name)
print(all(n in hashlib.algorithms_guaranteed for n in ["md5", "sha1", "sha256"]), "sha256" in hashlib.algorithms_available)

def fingerprint(paths):
    out = {}
    for p in paths:
        out[p] = hashlib.md5(p.encode("utf-8")).hexdigest()[:8]
    return out

print(fingerprint(["/etc/hosts", "/home/user/notes.txt", "中文/路径"]))
with open("blob.bin", "wb") as f:
    f.write(bytes(range(256)) * 40)
digest = hashlib.sha1()
with open("blob.bin", "rb") as f:
    while True:
        block = f.read(1000)
        if not block:
            break
        digest.update(block)
print(digest.hexdigest(), hashlib.sha1(open("blob.bin", "rb").read()).hexdigest() == digest.hexdigest())
for label, fn in [("str", lambda: hashlib.md5("text")), ("update str", lambda: hashlib.sha1().update("x")),
                  ("int", lambda: hashlib.sha256(5)), ("unknown", lambda: hashlib.new("sha999")), ("name int", lambda: hashlib.new(5))]:
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
