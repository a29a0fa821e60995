# Seed 001 (shared/seeds/001_865baa17779b5c40.txt, Concurrency_Parallelism.py cell In[28]):
# Queue(1) between the main thread (producer) and a consumer that sleeps 0.1 s first.
# Unchanged; the seed's comments give the expected order 1-4. Lines 2 and 3 rely on the
# thread that frees the queue keeping the GIL until it blocks (CPython's hand-off: a woken
# thread waits for the GIL), e.g. the consumer prints "Consumer got 1" before the main
# thread, woken by that get(), prints "Producer put 2".
from threading import Thread
from queue import Queue
from time import sleep
queue = Queue(1)


def consumer():
    sleep(.1)
    #这一句会挂起直到空queue里放进第一个元素
    queue.get()
    print('Consumer got 1') # 2
    queue.get()
    print('consumer got 2') # 4


thread = Thread(target = consumer)
thread.start()

queue.put(object())
print('Producer put 1') # 1
queue.put(object())
print('Producer put 2') # 3
thread.join()
print('Producer done')
