# CPython flushes stdout as soon as the main module finishes (flush_io in pythonrun.c), before it
# joins non-daemon children and runs atexit: the parent's last lines come before a later child's
# output, and survive an os._exit in an atexit handler (whose own print is lost).
import atexit
import multiprocessing as mp
import os
import time

def late_child():
    time.sleep(0.2)
    print("child: printed after the parent's main module ended")

def leave():
    print("atexit handler: lost, os._exit does not flush")
    os._exit(0)

if __name__ == "__main__":
    atexit.register(leave)
    p = mp.Process(target=late_child)
    p.start()
    print("parent: main module's last line")
