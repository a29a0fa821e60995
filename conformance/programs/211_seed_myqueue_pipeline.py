# Seed 001 (MyQueue with deque + Worker pipeline), ported to run sequentially: the Worker threads become
# objects whose poll() performs one iteration of the seed's run() loop, and a round-robin loop polls them
# until 1000 items reach done_queue; threading.Lock is replaced by a no-op context manager; sleep(.01) is
# dropped. The polling count is therefore deterministic.
# Covers: deque append/popleft, IndexError from an empty deque, try/except/else, classes, sum over a generator.
from collections import deque


class NoLock:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class MyQueue(object):
    def __init__(self):
        self.items = deque()
        self.lock = NoLock()

    # producer (the camera) appends at the tail
    def put(self, item):
        with self.lock:
            self.items.append(item)

    # consumer takes from the head
    def get(self):
        with self.lock:
            return self.items.popleft()


class Worker:
    def __init__(self, func, in_queue, out_queue):
        self.func = func
        self.in_queue = in_queue
        self.out_queue = out_queue
        self.polled_count = 0
        self.work_done = 0

    def poll(self):
        self.polled_count += 1
        try:
            item = self.in_queue.get()
        except IndexError:
            pass  # in_queue is empty: the seed sleeps here
        else:
            result = self.func(item)
            self.out_queue.put(result)
            self.work_done += 1


download_queue = MyQueue()
resize_queue = MyQueue()
upload_queue = MyQueue()
done_queue = MyQueue()


def download(item):
    return item


def resize(item):
    return item


def upload(item):
    return item


threads = [
    Worker(download, download_queue, resize_queue),
    Worker(resize, resize_queue, upload_queue),
    Worker(upload, upload_queue, done_queue),
]

for _ in range(1000):
    download_queue.put(object())

rounds = 0
while len(done_queue.items) < 1000:
    for t in reversed(threads):
        t.poll()
    rounds += 1

processed = len(done_queue.items)
polled = sum(t.polled_count for t in threads)
print('Processed', processed, 'items after polling', polled, 'times')
print('rounds', rounds, [t.work_done for t in threads], [t.polled_count for t in threads])
try:
    MyQueue().get()
except IndexError as e:
    print('IndexError:', e)
