# Four threads adding to a shared counter under a Lock (a lock event per acquire and release);
# `serial` does the same adds, with the lock, in the main thread. Mode from argv[1].
import sys, threading

lock = threading.Lock()
counter = 0

def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

N = 25_000
if sys.argv[1:] == ['serial']:
    for _ in range(4):
        add(N)
else:
    ts = [threading.Thread(target=add, args=(N,)) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
assert counter == 4 * N
