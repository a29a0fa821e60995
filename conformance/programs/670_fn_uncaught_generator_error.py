# Covers: an uncaught exception raised deep in a chain of generators (yield from and a for loop
# inside sum()): the traceback shows every generator frame.
def numbers():
    yield 1
    yield 2
    raise ValueError("sensor returned garbage")

def scaled(source, factor):
    for value in source:
        yield value * factor

def relay(source):
    result = yield from source
    return result

def total():
    return sum(relay(scaled(numbers(), 10)))

print("partial sums are lazy")
total()
