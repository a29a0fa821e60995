# Covers: os._exit(3) called in a worker thread ends the whole process at once with status
# 3: the main thread's join never returns, no finally blocks, no atexit handlers, and
# output still in the stdout buffer is lost (so every print here flushes).
import atexit
import os
import threading
import time

atexit.register(print, "atexit handler (never printed)")


def worker():
    print("worker: calling os._exit(3)", flush=True)
    print("this line stays in the buffer and is lost")
    os._exit(3)


def sleeper():
    try:
        time.sleep(5)
    finally:
        print("sleeper finally (never printed)", flush=True)


threading.Thread(target=sleeper).start()
t = threading.Thread(target=worker)
try:
    print("main: starting the worker", flush=True)
    time.sleep(0.05)
    t.start()
    t.join()
    print("main: join returned (never printed)", flush=True)
finally:
    print("main finally (never printed)", flush=True)
