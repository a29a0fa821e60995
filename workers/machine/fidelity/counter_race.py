# The seeds' Counter.increment race (Effective Python, item 39 in the course documents).
import threading
class Counter:
    def __init__(self):
        self.count = 0
    def increment(self, offset):
        self.count += offset
def worker(sensor_index, how_many, counter):
    for _ in range(how_many):
        counter.increment(1)
how_many = 10**5
counter = Counter()
threads = []
for i in range(5):
    thread = threading.Thread(target=worker, args=(i, how_many, counter))
    threads.append(thread)
    thread.start()
for thread in threads:
    thread.join()
print('Counter should be %d, found %d' % (5 * how_many, counter.count))
