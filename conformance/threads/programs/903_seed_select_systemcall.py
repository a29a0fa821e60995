# Seed 001 (shared/seeds/001_865baa17779b5c40.txt, Concurrency_Parallelism.py cells
# In[32]-In[35]): slow_systemcall() = select.select([], [], [], .1), five times serially
# and then in five threads. Changed: 'Took %.3f seconds' becomes '%.1f' (the wall time
# varies in the milliseconds).
import select
from time import time
from threading import Thread


def slow_systemcall():
    select.select([], [], [], .1)


#slow_systemcall()串行调用将线性增加运行时间
start = time()
for _ in range(5):
    slow_systemcall()
end = time()
print('Took %.1f seconds' % (end - start))

#正因如此, 你需要多线程~~
start = time()
threads = []
for _ in range(5):
    thread = Thread(target = slow_systemcall)
    thread.start()
    threads.append(thread)
#With the threads started, you can do other things you need
for thread in threads:
    thread.join()
end = time()
# 5x speed up!
print('Took %.1f seconds' % (end - start))
