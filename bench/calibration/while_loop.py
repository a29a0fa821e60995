# Calibration: a while loop over small ints in a function (locals, +=, comparisons, branches).
def collatz_steps(limit):
    total = 0
    longest = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
        n += 1
    return total, longest

print(collatz_steps(15000))
