# Covers: collections.deque: append/appendleft/pop/popleft/extend/extendleft/rotate/maxlen/clear/count/index/remove/insert/reverse, repr, errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([10, 11])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(10), d.index(10), 11 in d)
d.remove("a")
d.insert(1, "ins")
d.reverse()
print(d)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), end=" ")
print()
print(last3, last3.maxlen)
last3.appendleft(-1)
print(last3)
last3.extend([7, 8])
print(last3)
print(deque(), deque("abc"), deque(range(5), maxlen=2), repr(deque([], maxlen=0)))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(5), lambda: deque([1])[5], lambda: deque([1, 2], maxlen=2).insert(0, 1)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
q = deque()
for task in ["t1", "t2", "t3"]:
    q.append(task)
while q:
    print("processing", q.popleft(), "remaining", list(q))
d2 = deque([1, 2, 3])
d2.clear()
print(d2, deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]), deque([0]) * 3)
pal = deque("racecar")
while len(pal) > 1 and pal.popleft() == pal.pop():
    pass
print("palindrome" if len(pal) <= 1 else "not")
