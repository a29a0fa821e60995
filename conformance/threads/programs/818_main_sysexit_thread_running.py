# Covers: sys.exit(2) in the main thread while a non-daemon thread runs: the exit waits for
# the thread (which still prints), and the exit status is 2.
import sys
import threading
import time


def worker():
    time.sleep(0.1)
    print("worker finished after main called sys.exit")


threading.Thread(target=worker).start()
print("main calls sys.exit(2)")
sys.exit(2)
