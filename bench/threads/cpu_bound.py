# Four threads of pure-Python CPU work (GIL hand-offs every switch interval); `serial` runs the
# same work in the main thread. Mode from argv[1]: serial | threads.
import sys, threading

def work(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total

N = 300_000
if sys.argv[1:] == ['serial']:
    for _ in range(4):
        work(N)
else:
    ts = [threading.Thread(target=work, args=(N,)) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
