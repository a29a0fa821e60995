# Covers: set.pop() order (scan from the previous pop's position, wrapping), pop interleaved with add, pop after clear, KeyError on an empty set.
s = set(range(10))
print([s.pop() for _ in range(4)], s)
s.add(0); s.add(1)
print(s.pop(), s.pop(), s)
s = {5, 13, 21, 3, 11}
out = []
while s:
    out.append(s.pop())
print(out)
s = set(range(100, 140))
out = []
for i in range(15):
    out.append(s.pop())
    if i % 2:
        s.add(i)
print(out)
print(sorted(s))
print(s)
s = set('abcdefgh')
print(''.join(sorted(s)), len(s))
print(sorted(s.pop() for _ in range(8)))
s = set(range(20))
for _ in range(5):
    s.pop()
s.clear()
s.update(range(5))
print(s.pop(), s)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
t = {1}
t.pop()
try:
    t.pop()
except KeyError as e:
    print('KeyError', e.args)
s = {1 << k for k in range(40)}
print([s.pop() for _ in range(10)])
s = set(range(0, 400, 8))
seq = []
while len(s) > 20:
    v = s.pop()
    seq.append(v)
    if v % 16 == 0:
        s.add(v + 1000)
print(seq)
print(s)
