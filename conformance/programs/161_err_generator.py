# Covers: uncaught exception raised inside a generator while being consumed by a for loop.
def read_numbers(data):
    for i, item in enumerate(data):
        yield 100 // item

for n in read_numbers([5, 4, 0, 2]):
    print(n)
