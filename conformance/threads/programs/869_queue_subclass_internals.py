# Covers: subclassing queue.Queue through its documented hooks (_init, _qsize, _put, _get):
# a de-duplicating queue and a "latest value per key" queue, used from a producer and a
# consumer thread; q.mutex guarding a peek at q.queue.
import collections
import queue
import threading
import time


class UniqueQueue(queue.Queue):
    """Drops an item that is already waiting in the queue."""

    def _init(self, maxsize):
        self.queue = collections.OrderedDict()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue[item] = None

    def _get(self):
        return self.queue.popitem(last=False)[0]


class LatestPerKey(queue.Queue):
    """Keeps only the newest value for each key; keys leave in first-arrival order."""

    def _init(self, maxsize):
        self.queue = {}

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        key, value = item
        self.queue[key] = value

    def _get(self):
        key = next(iter(self.queue))
        return key, self.queue.pop(key)


uq = UniqueQueue()
for url in ["a.html", "b.html", "a.html", "c.html", "b.html"]:
    uq.put(url)
print("qsize:", uq.qsize(), "unfinished:", uq.unfinished_tasks)
with uq.mutex:
    print("peek:", list(uq.queue))
print([uq.get() for _ in range(uq.qsize())])

lq = LatestPerKey(maxsize=10)
seen = []


def consumer():
    while True:
        key, value = lq.get()
        if key is None:
            return
        seen.append((key, value))


c = threading.Thread(target=consumer)
lq.put(("temp", 20))
lq.put(("hum", 40))
lq.put(("temp", 21))
lq.put(("temp", 22))
c.start()
time.sleep(0.1)
lq.put(("hum", 41))
lq.put(("wind", 5))
time.sleep(0.1)
lq.put((None, None))
c.join()
print(seen)
print("empty:", lq.empty(), "| LatestPerKey full():", lq.full())
