# Seed 001 (shared/seeds/001_865baa17779b5c40.txt, Concurrency_Parallelism.py, "Lock模块"
# cells In[9]-In[15]): Counter.increment / worker / run_threads with 5 threads and
# how_many = 10**5, no lock. Unchanged apart from joining the notebook cells. CPython 3.10+
# checks for a thread switch only at function entry, backward jumps and after calls, never
# between the read and the write of "self.count += offset", so no update is lost.
from threading import Thread


class Counter(object):
    def __init__(self):
        self.count = 0

    def increment(self, offset):
        self.count += offset


def worker(senser_index, how_many, counter):
    for _ in range(how_many):
        #Do something
        counter.increment(1)


def run_threads(func, how_many, counter):
    threads = []
    for i in range(5):
        args = (i, how_many, counter)
        thread = Thread(target = func, args =args)
        threads.append(thread)
        thread.start()
    for thread in threads:
        thread.join()


how_many = 10**5
counter = Counter()
#共5个线程, 它们访问相同的类的实例。调用increment函数 how_many次
run_threads(worker, how_many, counter)
print('Counter should be %d, found %d' % (5 * how_many, counter.count))
