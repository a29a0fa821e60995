# Seed 001 (shared/seeds/001_865baa17779b5c40.txt, Concurrency_Parallelism.py cells
# In[21]-In[23]): LockingCounter with threading.Lock, run by the notebook's worker /
# run_threads (5 threads, how_many = 10**5). Unchanged apart from joining the cells.
from threading import Thread
from threading import Lock


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


#竞争条件的解决方案: Lock
class LockingCounter(object):
    def __init__(self):
        self.lock = Lock()
        self.count = 0

    def increment(self, offset):
        with self.lock:
            self.count += offset


how_many = 10**5
counter = LockingCounter()
run_threads(worker, how_many, counter)
print('Counter should be %d, found %d' % (5 * how_many, counter.count))
