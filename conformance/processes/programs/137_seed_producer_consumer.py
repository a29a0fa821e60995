# Seed 000 "consumer & producer" with Process subclasses, a Queue and a Value shutdown flag.
# Changed for determinism: random is seeded in the producer, the sleeps are 0.01 s, the timeout
# is 0.2 s, and the consumers report what they popped through a second queue (which consumer
# pops which item varies), printed sorted by the parent after joining.
from multiprocessing import Process, Queue, Value
from queue import Empty
import time
import random
import sys


class producer(Process):
    def __init__(self, queue: Queue, shutdown: Value) -> None:
        Process.__init__(self)
        self.queue = queue
        self.shutdown = shutdown

    def run(self):
        random.seed(2022)
        for i in range(10):
            item = random.randint(0, 256)
            self.queue.put(item)
            print('Producer notify: item N° %d appended to queue by %s' % (item, self.name))
            time.sleep(0.01)
        self.queue.close()
        self.queue.join_thread()
        self.shutdown.value = 1
        print('Producer done %s' % (self.name))
        sys.stdout.flush()


class consumer(Process):
    def __init__(self, queue: Queue, shutdown: Value, report: Queue) -> None:
        Process.__init__(self)
        self.queue = queue
        self.shutdown = shutdown
        self.report = report

    def run(self):
        popped = []
        while True and not self.shutdown.value:
            try:
                item = self.queue.get(block=True, timeout=0.2)
                popped.append(item)
            except Empty:
                if self.shutdown.value:
                    break
        # Items still in the pipe after the flag was set are drained here.
        while True:
            try:
                popped.append(self.queue.get(block=True, timeout=0.1))
            except Empty:
                break
        self.report.put((self.name, popped))


if __name__ == '__main__':
    queue = Queue()
    report = Queue()
    _shutdown = Value('i', 0)
    p1 = producer(queue, _shutdown)
    p2 = consumer(queue, _shutdown, report)
    p3 = consumer(queue, _shutdown, report)
    p1.start()
    p2.start()
    p3.start()
    p1.join()
    reports = dict(report.get() for _ in range(2))
    p2.join()
    p3.join()
    for name in sorted(reports):
        print('Consumer done %s' % name)
    popped = sorted(x for items in reports.values() for x in items)
    print('Consumer notify : popped %s' % popped)
    print('exit codes', p1.exitcode, p2.exitcode, p3.exitcode)
