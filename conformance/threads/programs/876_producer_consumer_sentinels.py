# Covers: the producer/consumer pattern with queue.Queue and one sentinel per consumer.
# The producer puts an item every 0.08 s; two consumers block in get() and are served in
# the order they started waiting, so they alternate. The producer prints *before* each
# put and never right after it, so its output cannot race with the woken consumer's.
import queue
import threading
import time

SENTINEL = None
q = queue.Queue()
handled = {}


def producer(n, consumers):
    for i in range(n):
        time.sleep(0.08)
        item = f"item-{i}"
        print("producing", item)
        q.put(item)
    time.sleep(0.05)
    print("producer: sending", consumers, "sentinels")
    for _ in range(consumers):
        q.put(SENTINEL)
        time.sleep(0.05)


def consumer():
    me = threading.current_thread().name
    handled[me] = []
    while True:
        item = q.get()
        if item is SENTINEL:
            print(me, "stops")
            break
        handled[me].append(item)
        print(me, "consumed", item)


c1 = threading.Thread(target=consumer, name="c1")
c2 = threading.Thread(target=consumer, name="c2")
c1.start()
time.sleep(0.05)
c2.start()
p = threading.Thread(target=producer, args=(6, 2))
p.start()
for t in (p, c1, c2):
    t.join()
for name in sorted(handled):
    print(name, handled[name])
print("queue empty:", q.empty())
