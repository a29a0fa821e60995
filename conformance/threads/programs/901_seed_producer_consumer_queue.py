# Seed 000 (shared/seeds/000_eaa70f52002f7a94.txt, threading "consumer & producer"): a
# producer Thread subclass puts 10 random items on a queue.Queue, two consumer threads get
# them with get(block=True, timeout=...) and stop on queue.Empty. Changed: random is seeded
# (random.seed(2022)); the sleep is 0.05 s instead of 0.1 s and the get timeout 0.3 s instead
# of 1 s, so the program runs in about 0.8 s. The producer prints right after put(): the
# order relies on the producer keeping the GIL until it sleeps (the woken consumer waits).
from threading import Thread
from queue import Empty, Queue
import time
import random

random.seed(2022)
_shutdown = False


class producer(Thread):
    def __init__(self, queue):
        Thread.__init__(self)
        self.queue = queue

    def run(self):
        for i in range(10):
            item = random.randint(0, 256)
            self.queue.put(item)
            print('Producer notify: item N° %d appended to queue by %s' %
                  (item, self.name))
            time.sleep(0.05)
        # 等待所有的item被消费掉
        self.queue.join()
        global _shutdown
        _shutdown = True
        print('Producer done %s' % (self.name))


class consumer(Thread):
    def __init__(self, queue):
        Thread.__init__(self)
        self.queue = queue

    def run(self):
        while True and not _shutdown:
            try:
                item = self.queue.get(block=True, timeout=0.3)
                print('Consumer notify : %d popped from queue by %s' %
                      (item, self.name))
                self.queue.task_done()
            except Empty:
                break
        print('Consumer done %s' % (self.name))


if __name__ == '__main__':
    queue = Queue()
    t1 = producer(queue)
    t2 = consumer(queue)
    t3 = consumer(queue)
    t1.start()
    t2.start()
    t3.start()
    t1.join()
    t2.join()
    t3.join()
