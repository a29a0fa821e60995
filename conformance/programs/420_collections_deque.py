# Covers: collections.deque construction (iterable, maxlen), append/appendleft/pop/popleft,
# extend/extendleft, maxlen trimming from the other end, rotate (+/-), index/count/remove/insert,
# reverse, clear, copy, indexing/assignment/deletion, contains, comparisons, +, *, +=, *=,
# reprs (incl. maxlen and recursion), errors, mutation during iteration, BFS use.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([9, 8])
print(d, list(reversed(d)), 2 in d, "z" in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.index("a"), d.count(2), d.index(2, 1), d.index(2, 0, 9))
d.remove("a")
d.insert(1, "X")
d.insert(-1, "Y")
d.insert(100, "Z")
print(d)
d.reverse()
print(d, d.copy(), d == deque(d), d is not d.copy())
d[0] = "first"
del d[1]
print(d, d[2], d[-2])
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(last3)
last3.appendleft(-1)
print(last3, last3.maxlen, deque([1, 2, 3, 4, 5], 2), deque("abc", maxlen=0), deque(maxlen=None).maxlen)
last3.extendleft([7, 8])
print(last3, deque(range(10), 4) + deque([9]), deque([1, 2], 3) * 2, 2 * deque("ab"))
e = deque([1])
e += [2, 3]
e *= 2
print(e, deque() == deque([]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque("ab") != deque("ba"))
e.clear()
print(e, repr(deque()), bool(e), bool(deque([0])))
r = deque([1])
r.append(r)
print(r)
q = deque([("start", 0)])
seen = {"start"}
graph = {"start": ["a", "b"], "a": ["c"], "b": ["c", "d"], "c": ["end"], "d": ["end"], "end": []}
order = []
while q:
    node, dist = q.popleft()
    order.append((node, dist))
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            q.append((nxt, dist + 1))
print(order)


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as ex:
        print(label, "->", type(ex).__name__ + ":", ex)


attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("remove missing", lambda: deque([1]).remove(5))
attempt("index missing", lambda: deque([1, 2]).index(3))
attempt("index range", lambda: deque([1])[5])
attempt("index str", lambda: deque([1])["a"])
attempt("negative maxlen", lambda: deque([], -1))
attempt("float maxlen", lambda: deque([], 2.5))
attempt("insert full", lambda: deque([1, 2], 2).insert(0, 3))
attempt("add list", lambda: deque([1]) + [2])
attempt("hash", lambda: hash(deque()))
attempt("deque(5)", lambda: deque(5))
attempt("slice", lambda: deque([1, 2, 3])[0:2])
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(type(iter(m)).__name__, deque.__module__, type(m).__name__)
