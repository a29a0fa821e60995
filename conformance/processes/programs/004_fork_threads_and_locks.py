# Only the forking thread exists in the child; a lock another thread held stays locked there.
import os
import sys
import threading
import time

lock = threading.Lock()
started = threading.Event()

def holder():
    with lock:
        started.set()
        time.sleep(0.3)

t = threading.Thread(target=holder, name="holder")
t.start()
started.wait()
pid = os.fork()
if pid == 0:
    print("child threads:", [th.name for th in threading.enumerate()])
    print("child: lock locked?", lock.locked())
    print("child: acquire with timeout:", lock.acquire(timeout=0.05))
    print("child: main thread is current:", threading.current_thread() is threading.main_thread())
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
t.join()
print("parent threads:", [th.name for th in threading.enumerate()])
print("parent: lock locked?", lock.locked())
