# The seeds' count(10_000_000) loop (seed 002: evaluate_item/count).
def count(number):
    for i in range(0, 10000000):
        i = i + 1
    return i * number

result = count(3)
