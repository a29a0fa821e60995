# Seed 001 (Counter / LockingCounter with threads), ported to run sequentially: run_threads calls the worker
# five times in a row instead of starting Threads; threading.Lock is replaced by a no-op context manager;
# how_many is 10**4 instead of 10**5 to stay fast.
# Covers: classes with state, += on attributes, context managers, %-formatting, the getattr/setattr expansion.
class Counter(object):
    def __init__(self):
        self.count = 0

    def increment(self, offset):
        self.count += offset


def worker(senser_index, how_many, counter):
    for _ in range(how_many):
        # Do something
        counter.increment(1)


def run_threads(func, how_many, counter):
    for i in range(5):
        args = (i, how_many, counter)
        func(*args)


how_many = 10 ** 4
counter = Counter()
run_threads(worker, how_many, counter)
print('Counter should be %d, found %d' % (5 * how_many, counter.count))

# counter.count += offset is three steps:
value = getattr(counter, 'count')
result = value + 1
setattr(counter, 'count', result)
print(counter.count)


class FakeLock:
    """Stands in for threading.Lock in this sequential port."""
    def __init__(self):
        self.acquired = 0

    def __enter__(self):
        self.acquired += 1
        return self

    def __exit__(self, *exc):
        return False


class LockingCounter(object):
    def __init__(self):
        self.lock = FakeLock()
        self.count = 0

    def increment(self, offset):
        with self.lock:
            self.count += offset


counter = LockingCounter()
run_threads(worker, how_many, counter)
print('Counter should be %d, found %d' % (5 * how_many, counter.count))
print('lock acquired', counter.lock.acquired, 'times')
