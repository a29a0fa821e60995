# Seed 002 (shared/seeds/002_bbf1ae779f8dc239.txt, 线程 方式一): Thread(target=sayhi,
# args=('egon',)); the main thread prints first, the thread after its sleep. Changed: the
# sleep is 0.2 s instead of 2 s.
from threading import Thread
import time


def sayhi(name):
    time.sleep(0.2)
    print('%s say hello' % name)


if __name__ == '__main__':
    t = Thread(target=sayhi, args=('egon',))
    t.start()
    print('主线程')
