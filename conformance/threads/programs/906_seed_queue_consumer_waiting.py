# Seed 001 (shared/seeds/001_865baa17779b5c40.txt, Concurrency_Parallelism.py cells
# In[20]-In[21]): a consumer thread blocks in Queue.get() until the main thread puts an
# item. Unchanged (the seed's "Comsumer" typo kept). The first two lines rely on CPython's
# GIL hand-off: start() returns once the new thread has signalled that it runs, but the
# new thread keeps the GIL until it blocks in get(), so "Comsumer waiting" comes first.
from threading import Thread
from queue import Queue
###Queue的get方法会自动挂起, 当Queue为空时
queue = Queue()


def consumer():
    print('Comsumer waiting')
    queue.get()
    print('Consumer done')


thread = Thread(target = consumer)
thread.start()

print('Producer putting')
queue.put(object())
thread.join()
print('Producer done')
