# Covers: sys.getswitchinterval()/setswitchinterval(): the 0.005 s default, setting and
# reading back, the errors; threads still produce exact lock-protected totals with a tiny
# or a large interval.
import sys
import threading

print(sys.getswitchinterval())
for value in [0.001, 1e-6, 0.1, 2]:
    sys.setswitchinterval(value)
    print(value, "->", sys.getswitchinterval())
for bad in [0, -1, 0.0]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(bad, "-> ValueError:", e)
for bad in ["0.1", None]:
    try:
        sys.setswitchinterval(bad)
    except TypeError as e:
        print(repr(bad), "-> TypeError:", e)
print("unchanged:", sys.getswitchinterval())

total = 0
lock = threading.Lock()


def bump(n):
    global total
    for _ in range(n):
        with lock:
            total += 1


for interval in [0.0001, 0.05]:
    sys.setswitchinterval(interval)
    total = 0
    ts = [threading.Thread(target=bump, args=(3000,)) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("interval", interval, "total", total)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
