# Covers: sys._current_frames() while worker threads are blocked (in Event.wait, Lock.acquire,
# time.sleep, Queue.get, Thread.join): one entry per live thread keyed by ident, and the
# stack of each blocked thread read with traceback.extract_stack (function names; line
# numbers for this file's frames); the main thread's own frame is the caller's.
import os
import queue
import sys
import threading
import time
import traceback

ev = threading.Event()
lock = threading.Lock()
q = queue.Queue()
lock.acquire()


def on_event():
    ev.wait()


def on_lock():
    with lock:
        pass


def on_sleep():
    time.sleep(0.3)


def on_queue():
    q.get()


def on_join():
    sleeper.join()


sleeper = threading.Thread(target=on_sleep, name="sleep")
workers = [threading.Thread(target=f, name=f.__name__[3:]) for f in (on_event, on_lock, on_queue, on_join)]
sleeper.start()
for w in workers:
    w.start()
time.sleep(0.1)

try:
    frames = sys._current_frames()
    print("entries:", len(frames), "| keys are the idents:",
          set(frames) == {t.ident for t in threading.enumerate()})
    for t in [sleeper] + workers:
        stack = traceback.extract_stack(frames[t.ident])
        parts = []
        for fs in stack:
            if os.path.basename(fs.filename) == "main.py":
                parts.append(f"{fs.name}:{fs.lineno}")
            else:
                parts.append(f"{os.path.basename(fs.filename)}/{fs.name}")
        print(f"{t.name:6}", " > ".join(parts))
    here = frames[threading.get_ident()]
    print("main frame:", here.f_code.co_name, here.f_lineno, here is sys._getframe())
finally:                            # wake everyone even if the inspection fails
    ev.set()
    lock.release()
    q.put(None)
    for w in workers + [sleeper]:   # "join" has joined the sleeper before main does
        w.join()
print("after join:", len(sys._current_frames()))
