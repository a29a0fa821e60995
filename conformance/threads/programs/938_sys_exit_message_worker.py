# Covers: sys.exit("message") in the main thread while a worker runs: the message goes to
# stderr, shutdown still waits for the worker; the worker's own sys.exit(7) ends only the
# worker and does not change the status, which is 1 (a string code); a lock released by
# the with block on the way out lets the worker continue.
import sys
import threading
import time

lock = threading.Lock()
progress = []


def worker():
    time.sleep(0.05)
    with lock:              # waits until main's with block has been left by SystemExit
        progress.append("worker got the lock")
    print("worker:", progress)
    time.sleep(0.05)
    print("worker: calling sys.exit(7)")
    sys.exit(7)


t = threading.Thread(target=worker)
with lock:
    t.start()
    time.sleep(0.1)
    progress.append("main leaves with sys.exit")
    print("main: worker alive =", t.is_alive())
    sys.exit("fatal: configuration missing")
