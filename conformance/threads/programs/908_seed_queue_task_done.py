# Seed 001 (shared/seeds/001_865baa17779b5c40.txt, Concurrency_Parallelism.py cell In[30]):
# Queue.task_done() / join() with one consumer thread. Unchanged. Like 906/907 it relies on
# a running thread keeping the GIL until it blocks: the consumer prints "Consumer waiting"
# before the main thread's put, and the main thread prints "Producer waiting" before the
# consumer it woke prints "Consumer working".
from threading import Thread
from queue import Queue
#Queue也可以跟踪工作进程,通过task_done方法
in_queue = Queue()


def consumer():
    print('Consumer waiting')
    work = in_queue.get() #2
    print('Consumer working')
    #Doing work
    print('Consumer done')
    in_queue.task_done() #3


Thread(target = consumer).start()
in_queue.put(object()) #1
print('Producer waiting')
in_queue.join() #4
print('Producer done')
