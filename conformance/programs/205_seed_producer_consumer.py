# Seed 000 (threading and multiprocessing "consumer & producer" examples), ported to a deterministic
# sequential simulation: the producer and consumers are generators stepped round-robin by a tiny
# scheduler instead of threads; queue.Queue is replaced by collections.deque; time.sleep(0.1) is a yield;
# random.randint(0, 256) is seeded with random.seed(2022) so the items are reproducible.
# Covers: classes, generators as tasks, deque, %-formatting with non-ASCII text ('N°'), global flag.
import random
from collections import deque

_shutdown = False


class producer:
    def __init__(self, queue, name):
        self.queue = queue
        self.name = name

    def run(self):
        for i in range(10):
            item = random.randint(0, 256)
            self.queue.append(item)
            print('Producer notify: item N° %d appended to queue by %s' %
                  (item, self.name))
            yield  # stands for time.sleep(0.1)
        # wait until every item has been consumed (queue.join())
        while self.queue:
            yield
        global _shutdown
        _shutdown = True
        print('Producer done %s' % (self.name))


class consumer:
    def __init__(self, queue, name):
        self.queue = queue
        self.name = name

    def run(self):
        while True and not _shutdown:
            if self.queue:
                item = self.queue.popleft()
                print('Consumer notify : %d popped from queue by %s' %
                      (item, self.name))
                yield  # processing the item takes one extra turn
            yield
        print('Consumer done %s' % (self.name))


def run_all(tasks):
    running = deque(t.run() for t in tasks)
    while running:
        gen = running.popleft()
        try:
            next(gen)
        except StopIteration:
            continue
        running.append(gen)


if __name__ == '__main__':
    random.seed(2022)
    queue = deque()
    run_all([producer(queue, 'Thread-1'), consumer(queue, 'Thread-2'), consumer(queue, 'Thread-3')])
    print('---- multiprocessing naming ----')
    _shutdown = False
    queue = deque()
    run_all([producer(queue, 'producer-1'), consumer(queue, 'consumer-2'), consumer(queue, 'consumer-3')])
