# Covers: the main thread dies with an uncaught exception (its traceback is printed first)
# while two non-daemon workers still run; shutdown waits for them: one finishes normally,
# the other dies later with its own uncaught exception (printed by threading.excepthook
# after the main one); a finally block in the main module runs before the traceback; the exit
# status stays 1.
import threading
import time


def steady():
    time.sleep(0.1)
    print("steady: finished after main died")


def fragile():
    time.sleep(0.2)
    print("fragile: about to fail")
    raise ConnectionError("peer went away")


threading.Thread(target=steady, name="steady").start()
threading.Thread(target=fragile, name="fragile").start()
try:
    print("main: raising")
    raise LookupError("main gives up")
finally:
    print("main: finally block")
