# Covers: table growth (x4 when 3/5 full) and the order it produces past 5, 20, 100 and 1000 elements, with colliding keys (multiples of 8/32/1024), keys equal modulo 2**61-1, and rebuilds that drop dummies.
for n in (4, 5, 6, 19, 20, 21, 50):
    print(n, set(range(0, n * 8, 8)))
print(set(range(0, 32 * 30, 32)))
print({k * 1024 for k in range(25)})
print({k * 1000003 for k in range(25)})
M = 2**61 - 1
s = set()
for k in range(12):
    s.add(k)
    s.add(k + M)
print(len(s), s)
print(len({1, M + 1, 2 * M + 1, True, 1.0}))
big = set(range(0, 3000, 3))
print(len(big), list(big)[:20], list(big)[-20:])
order = list(set(range(1000, 0, -7)))
print(order[:25], order[-10:])
s = set()
for i in range(200):
    s.add((i * 37) % 211)
print(s)
h = set()
for i in range(120):
    h.add(i * 64)
for i in range(0, 120, 2):
    h.remove(i * 64)
print(h)
for i in range(300, 340):
    h.add(i)
print(h)
x = 7
vals = set()
for _ in range(1500):
    x = (x * 48271) % 2147483647
    vals.add(x % 5000)
print(len(vals), list(vals)[:30], list(vals)[-30:])
print(sum(i * v for i, v in enumerate(vals)) % 1000003)
neg = set(range(-1, -200, -3))
print(list(neg)[:20], len(neg))
