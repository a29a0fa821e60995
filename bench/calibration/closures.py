# Calibration: closures, nonlocal, lambdas and functions made in a loop.
def make_counter():
    count = 0
    def inc(step):
        nonlocal count
        count += step
        return count
    return inc

def make_adder(k):
    return lambda x: x + k

def run(n):
    c = make_counter()
    total = 0
    for i in range(n):
        total += c(1)
        if i % 10 == 0:
            add = make_adder(i)
            total += add(1)
    return total

def compose(fs, x):
    for f in fs:
        x = f(x)
    return x

fs = [make_adder(i) for i in range(10)]
acc = 0
for i in range(60000):
    acc += compose(fs, i)
print(run(500000), acc)
