# Covers: interpreter shutdown: the main thread ends, threading joins the non-daemon
# threads, then the process exits and daemon threads are stopped abruptly (their finally
# blocks never run).
import threading
import time


def background():
    try:
        print("daemon: started")
        while True:
            time.sleep(0.05)
    finally:
        print("daemon: finally (never printed)")


def foreground():
    try:
        time.sleep(0.2)
        print("non-daemon: finished its work")
    finally:
        print("non-daemon: finally")


d = threading.Thread(target=background, daemon=True)
n = threading.Thread(target=foreground)
d.start()
time.sleep(0.1)
n.start()
print("main: last statement")
