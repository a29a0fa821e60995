# Covers: slot order after add/remove/discard sequences (dummy slots reused by later adds), re-adding removed items, growth after deletions.
s = set()
for k in [0, 8, 16, 24]:
    s.add(k)
    print('add', k, s)
for k in [0, 8]:
    s.remove(k)
    print('remove', k, s)
for k in [32, 40, 0]:
    s.add(k)
    print('add', k, s)
s = {1, 2, 3, 4}
s.discard(2); s.discard(3); s.discard(99)
print(s)
s.add(10); s.add(11); s.add(2)
print(s)
s = set()
for i in range(20):
    s.add(i * 3)
    if i % 3 == 0:
        s.discard(i)
print(s)
x = 12345
s = set()
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 97
    if x % 3 == 0:
        s.discard(k)
    else:
        s.add(k)
    if step % 40 == 39:
        print(step, len(s), s)
words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split()
w = set()
for i, word in enumerate(words):
    w.add(word)
    if i % 4 == 3:
        w.remove(words[i - 2])
print(w)
for word in words:
    w.discard(word)
print(w)
w.update(words[:5])
print(w)
s = set(range(8))
for i in range(8):
    s.remove(i)
    s.add(i + 8)
print(s)
s = {-1, -2, -3}
s.remove(-2)
s.add(-9)
print(s)
