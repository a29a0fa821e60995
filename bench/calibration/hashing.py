# Calibration: hashlib digests of byte strings of several sizes.
import hashlib

blob = bytes(range(256)) * 65536
total = 0
for algo in ('md5', 'sha1', 'sha256'):
    h = hashlib.new(algo)
    h.update(blob)
    total += h.digest()[0]
small = 0
for i in range(40000):
    small += hashlib.sha256(str(i).encode()).digest()[0]
    small += hashlib.md5(b'x' * (i % 64)).digest()[1]
print(total, small, hashlib.sha256(blob).hexdigest()[:16])
