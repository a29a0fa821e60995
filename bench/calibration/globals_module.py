# Calibration: module-level code (LOAD_NAME/STORE_NAME) calling global functions (LOAD_GLOBAL).
LIMIT = 1000
counter = 0

def bump(x):
    global counter
    counter += x
    return counter % LIMIT

total = 0
for i in range(800000):
    total += bump(i % 7)
    if total > 10 ** 9:
        total = 0
print(total, counter)
