# The seeds' Counter.increment(1) called 500,000 times (seed 001, single-threaded).
class Counter(object):
    def __init__(self):
        self.count = 0

    def increment(self, offset):
        self.count += offset

counter = Counter()
for _ in range(500000):
    counter.increment(1)
