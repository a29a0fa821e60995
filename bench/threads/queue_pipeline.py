# A producer and two consumers on a queue.Queue (a queue event per put and get, with contents);
# `serial` puts everything, then gets everything, in the main thread. Mode from argv[1].
import sys, threading, queue

q = queue.Queue(maxsize=64)
N = 20_000
got = []

def produce():
    for i in range(N):
        q.put(i)
    for _ in range(2):
        q.put(None)

def consume():
    while (item := q.get()) is not None:
        got.append(item)

if sys.argv[1:] == ['serial']:
    q = queue.Queue()
    produce()
    consume()
    consume()
else:
    ts = [threading.Thread(target=f) for f in (produce, consume, consume)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
assert len(got) == N
