# Seed 001 (shared/seeds/001_865baa17779b5c40.txt, Concurrency_Parallelism.py cells
# In[30]-In[29]): factorize() run by four FactorizeThread threads on the seed's numbers.
# Changed: the seed only prints 'Took %.3f seconds' (wall time, never the same twice) after
# a serial and a threaded run; here the serial run and the timing are left out (the serial
# version is conformance program 208) and each thread's factors are printed instead.
from threading import Thread


#因数分解,串行版本
def factorize(number):
    for i in range(1, number + 1):
        if number % i ==0:
            yield i


numbers = [2139079, 1214759, 1516637, 1852285]


#下面用Thread 模块给出并行版本
class FactorizeThread(Thread):
    def __init__(self, number):
        super().__init__()
        self.number = number

    def run(self):
        self.factors = list(factorize(self.number))


threads = []
for number in numbers:
    thread = FactorizeThread(number)
    thread.start()
    threads.append(thread)
for thread in threads:
    thread.join()
for thread in threads:
    print(thread.name, thread.number, thread.factors)
