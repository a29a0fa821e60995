# The seeds' CPU-bound factorize in 4 processes instead of 4 threads: each process has its own
# GIL, so on 2 cores they run two at a time.
import time, multiprocessing
def factorize(number):
    for i in range(1, number + 1):
        if number % i == 0:
            yield i
def work(number):
    list(factorize(number))
if __name__ == '__main__':
    numbers = [2139079, 1214759, 1516637, 1852285]
    start = time.time()
    for number in numbers:
        work(number)
    serial = time.time() - start
    start = time.time()
    procs = [multiprocessing.Process(target=work, args=(n,)) for n in numbers]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    parallel = time.time() - start
    print('serial %.3f processes %.3f ratio %.3f' % (serial, parallel, parallel / serial))
