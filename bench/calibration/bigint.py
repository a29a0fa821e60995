# Calibration: big ints (factorial by a loop, big Fibonacci by addition, powers, digit sums).
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

f = factorial(12000)
g = fib(60000)
p = 0
for k in range(3000):
    p += (3 ** 500 + k) * (7 ** 400 - k) % (2 ** 521 - 1)
print(f % 1000000007, g % 1000000007, p % 1000000007, f.bit_length(), g.bit_length())
