# Covers: uncaught StopIteration from next() on an exhausted iterator (bare StopIteration last line).
it = iter([1])
print(next(it))
print(next(it))
