# Seed 001 (coroutines with generators): my_coroutine and minimize driven with next() and send(), as in the seed.
# Covers: generator-based coroutines, yield expressions, send(), priming with next(), min().
def my_coroutine():
    while True:
        received = yield
        print('Received:', received)


it = my_coroutine()
next(it)
it.send('First')
it.send('Second')


def minimize():
    current = yield
    while True:
        value = yield current
        print(current, value)
        current = min(value, current)


it = minimize()
next(it)
print(it.send(10))
print(it.send(4))
print(it.send(22))
print(it.send(-1))
it.close()
try:
    it.send(5)
except StopIteration:
    print('closed coroutine raises StopIteration')
