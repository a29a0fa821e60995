# Seed 003 (multiprocessing Value/Array, Manager and JoinableQueue examples), ported to sequential code:
# Value/Array/Manager objects are replaced by small plain classes and lists, processes by direct calls, and
# the JoinableQueue by collections.deque; time.sleep(random...) is dropped. os.getpid()/fork examples are excluded.
# Covers: attribute mutation through function arguments, list slicing copies, dict/list mutation, generator
# expressions, deque-based producer/consumer, CJK output.
from collections import deque


class Value:
    def __init__(self, typecode, value):
        self.typecode = typecode
        self.value = value


class Namespace:
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"Namespace({items})"


def f(n, a):
    n.value = 3.14
    a[0] = 5


num = Value('d', 0.0)
arr = list(range(10))
f(num, arr)
print(num.value)
print(arr[:])


def f2(x, arr, l, d, n):
    x.value = 3.14
    arr[0] = 5
    l.append('Hello')
    d[1] = 2
    n.a = 10


x = Value('d', 0.0)
arr = list(range(10))
l = []
d = {}
n = Namespace()
f2(x, arr, l, d, n)
print(x.value)
print(arr)
print(l)
print(d)
print(n)


def consumer(q, log):
    while q:
        res = q.popleft()
        log.append('消費者拿到了 %s' % res)


def producer(seq, q):
    for item in seq:
        q.append(item)
        print('生產者做好了 %s' % item)


q = deque()
seq = ('產品%s' % i for i in range(5))
producer(seq, q)
log = []
consumer(q, log)
print('\n'.join(log))
print('主線程')
