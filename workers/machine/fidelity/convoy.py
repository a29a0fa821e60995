# Convoy effect: short I/O waits behind a CPU-bound thread (reference §1.3).
import select, threading, time
def io_bound(n):
    start = time.perf_counter()
    for _ in range(n):
        select.select([], [], [], 0.001)
    return time.perf_counter() - start
alone = io_bound(20)
stop = False
def spin():
    x = 0
    while not stop:
        x += 1
t = threading.Thread(target=spin)
t.start()
contended = io_bound(20)
stop = True
t.join()
print('alone %.3f contended %.3f' % (alone, contended))
