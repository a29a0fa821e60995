# Calibration: small-int arithmetic of every kind in a for-range loop.
def mix(n):
    acc = 0
    h = 17
    for i in range(n):
        a = i * 7 + 3
        b = a // 5 - i % 11
        c = (a << 2) ^ (b & 255) | 1
        h = (h * 31 + c) % 1000003
        if -b < c:
            acc += b - c
        else:
            acc -= 1
    return acc, h

print(mix(800000))
