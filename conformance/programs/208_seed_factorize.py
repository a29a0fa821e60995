# Seed 001 (serial "factorize" example), sequential part only: the factors are printed instead of the
# 'Took %.3f seconds' timing (timings are not deterministic). Uses the seed's numbers (about 0.2 s in CPython).
# The FactorizeThread version is excluded (threads).
# Covers: generator functions, modulo in a tight loop, list(generator), for loops.
def factorize(number):
    for i in range(1, number + 1):
        if number % i == 0:
            yield i


numbers = [2139079, 1214759, 1516637, 1852285]
for number in numbers:
    factors = list(factorize(number))
    print(number, factors)
small = [1, 12, 97, 360, 1001]
for number in small:
    print(number, list(factorize(number)))
