# Covers: an uncaught exception in the main thread while another thread still runs: the
# traceback is printed when the main thread's code ends, then the interpreter waits for the
# non-daemon thread, which finishes its output; the exit status is 1.
import threading
import time


def worker():
    for step in range(3):
        time.sleep(0.05)
        print("worker step", step)
    print("worker done")


t = threading.Thread(target=worker)
t.start()
print("main: about to fail")
config = {"retries": 3}
print(config["timeout"])
