# Covers: uncaught AssertionError without a message (bare "AssertionError" line).
def average(xs):
    assert len(xs) > 0
    return sum(xs) / len(xs)

print(average([1, 2, 3]))
print(average([]))
