# Covers: longer deterministic workloads mixing set operations (pseudo-random adds/removes/pops, in-place operators, copies), checked by printing full contents in iteration order at checkpoints.
x = 2024
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) & 0x7fffffff
    return x % n
a, b = set(), set()
for step in range(3000):
    op = rnd(10)
    v = rnd(400) - 100
    if op < 4:
        a.add(v)
    elif op < 6:
        a.discard(v)
    elif op == 6:
        b.add(v * 3)
    elif op == 7 and a:
        b.add(a.pop())
    elif op == 8:
        b.discard(v * 3)
    else:
        if step % 3 == 0:
            a |= b
        elif step % 3 == 1:
            a -= b
        else:
            a ^= {v, v + 1, v + 2}
    if step % 500 == 499:
        print(step, len(a), len(b))
        print(a)
        print(b)
c = a.copy()
c &= b
print(c == a & b, c)
print(list(a | b)[:40])
print(list(b - a)[:40])
names = set()
for i in range(300):
    names.add('n%03d' % rnd(200))
    if i % 5 == 0:
        names.discard('n%03d' % rnd(200))
print(len(names))
print(names)
pts = set()
for i in range(400):
    p = (rnd(20), rnd(20))
    if p in pts:
        pts.remove(p)
    else:
        pts.add(p)
print(len(pts))
print(pts)
fl = {rnd(1000) / 8 for _ in range(200)}
print(len(fl), list(fl)[:30])
