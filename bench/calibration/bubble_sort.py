# Calibration: a hand-written bubble sort and insertion sort (indexing, swaps, compares).
def bubble(xs):
    xs = xs[:]
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        if not swapped:
            break
    return xs

def insertion(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs

data = [(i * 7919) % 1000 for i in range(1800)]
print(bubble(data)[:5], insertion(data)[-5:])
