# Calibration: generator functions and expressions consumed by for, sum() and list().
def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i

def fib_gen(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b

def chain(*gens):
    for g in gens:
        yield from g

total = 0
for x in evens(1400000):
    total += x
total += sum(i * i for i in range(700000))
total += len(list(fib_gen(10 ** 12)))
total += sum(chain(range(1000), evens(2000), (j for j in range(350000))))
print(total)
