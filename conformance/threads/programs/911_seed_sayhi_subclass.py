# Seed 002 (shared/seeds/002_bbf1ae779f8dc239.txt, 线程 方式二): a Thread subclass Sayhi
# whose __init__ sets self.name (the thread's name) and whose run() sleeps then prints.
# Changed: the sleep is 0.2 s instead of 2 s.
from threading import Thread
import time


class Sayhi(Thread):
    def __init__(self,name):
        super().__init__()
        self.name=name

    def run(self):
        time.sleep(0.2)
        print('%s say hello' % self.name)


if __name__ == '__main__':
    t = Sayhi('egon')
    t.start()
    print('主线程')
