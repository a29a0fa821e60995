# Covers: a bounded buffer built from one Lock and two Conditions (the design of
# queue.Queue): producers block when it is full and are woken FIFO; a slow consumer
# (0.08 s per item, started after the buffer is full) paces everything, so the whole log
# is deterministic.
import collections
import threading
import time


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = collections.deque()
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.max_seen = 0
        self.blocked_puts = 0

    def put(self, item):
        with self.not_full:
            if len(self.items) >= self.capacity:
                self.blocked_puts += 1
                print(f"  {threading.current_thread().name} waits: buffer full {list(self.items)}")
            while len(self.items) >= self.capacity:
                self.not_full.wait()
            self.items.append(item)
            self.max_seen = max(self.max_seen, len(self.items))
            print(f"  {threading.current_thread().name} put {item!r} -> {list(self.items)}")
            self.not_empty.notify()

    def get(self):
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            item = self.items.popleft()
            print(f"consumer got {item!r}, {len(self.items)} left")
            self.not_full.notify()
            return item


buf = BoundedBuffer(3)


def producer(prefix, count, delay):
    time.sleep(delay)
    for i in range(count):
        buf.put(f"{prefix}{i}")


def consumer(results):
    while True:
        item = buf.get()
        if item is None:
            break
        time.sleep(0.08)           # "processing"
        results.append(item.upper())


results = []
c = threading.Thread(target=consumer, args=(results,), name="consumer")
p1 = threading.Thread(target=producer, args=("a", 4, 0.0), name="P1")
p2 = threading.Thread(target=producer, args=("b", 3, 0.05), name="P2")
p1.start()                 # fills the buffer at once, then blocks
p2.start()                 # blocks 0.05 s later, behind P1
time.sleep(0.1)
c.start()
p1.join()
p2.join()
print("producers finished")
buf.put(None)
c.join()
print("processed:", results)
print("largest fill:", buf.max_seen, "| blocked puts:", buf.blocked_puts)
print("buffer empty:", not buf.items)
