# Covers: shutdown order: main ends, non-daemon threads are joined, then atexit handlers
# run (last registered first); a daemon thread's finally never runs.
import atexit
import threading
import time


def goodbye(who):
    print("atexit:", who, "| alive non-daemon:", worker.is_alive(), "| daemon alive:", daemon.is_alive())


atexit.register(goodbye, "registered first")
atexit.register(goodbye, "registered second")


def work():
    time.sleep(0.15)
    print("worker: done")


def forever():
    try:
        time.sleep(10)
    finally:
        print("daemon finally (never printed)")


worker = threading.Thread(target=work)
daemon = threading.Thread(target=forever, daemon=True)
worker.start()
daemon.start()
print("main: end of module")
