# Covers: an uncaught exception in a thread: threading.excepthook's default output
# ("Exception in thread Thread-1 (work):" + traceback through threading.py), the main
# thread continues, and the exit status stays 0.
import threading


def work(n):
    print("work starts with", n)
    return 10 / n


t = threading.Thread(target=work, args=(0,))
t.start()
t.join()
print("main continues; alive:", t.is_alive())
