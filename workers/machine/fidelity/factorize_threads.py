# The seeds' CPU-bound factorize: serial vs 4 threads (Effective Python, item 37).
import time, threading
def factorize(number):
    for i in range(1, number + 1):
        if number % i == 0:
            yield i
numbers = [2139079, 1214759, 1516637, 1852285]
start = time.time()
for number in numbers:
    list(factorize(number))
serial = time.time() - start
class FactorizeThread(threading.Thread):
    def __init__(self, number):
        super().__init__()
        self.number = number
    def run(self):
        self.factors = list(factorize(self.number))
start = time.time()
threads = []
for number in numbers:
    thread = FactorizeThread(number)
    thread.start()
    threads.append(thread)
for thread in threads:
    thread.join()
threaded = time.time() - start
print('serial %.3f threaded %.3f ratio %.3f' % (serial, threaded, threaded / serial))
