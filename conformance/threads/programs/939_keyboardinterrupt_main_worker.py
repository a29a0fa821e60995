# Covers: an uncaught KeyboardInterrupt raised in the main thread while a non-daemon worker
# runs: the traceback is printed, the worker is still waited for and finishes its output,
# then the process ends as if killed by SIGINT (exit status -2 as seen by the parent).
# A KeyboardInterrupt raised inside the worker is only reported by the excepthook.
import threading
import time


def worker():
    time.sleep(0.1)
    print("worker: still running after the interrupt")
    raise KeyboardInterrupt("inside the worker")


threading.Thread(target=worker, name="worker").start()
print("main: simulating Ctrl-C")


def handler():
    raise KeyboardInterrupt


handler()
