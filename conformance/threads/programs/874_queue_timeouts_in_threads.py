# Covers: Queue.get(timeout=...) and put(timeout=...) inside threads: a get that times out
# with queue.Empty, a get that is served in time, a put that waits for room, a put that
# gives up with queue.Full. Waits are printed rounded to 0.1 s.
import queue
import threading
import time

start = time.monotonic()


def at():
    return round(time.monotonic() - start, 1)


q = queue.Queue(maxsize=1)


def impatient_getter():
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print(f"[{at()}] getter: Empty after waiting")


def patient_getter():
    item = q.get(timeout=1.0)
    print(f"[{at()}] patient getter: {item}")


g = threading.Thread(target=impatient_getter)
g.start()
g.join()
p = threading.Thread(target=patient_getter)
p.start()
time.sleep(0.1)
q.put("parcel")
p.join()

q.put("blocker")
print(f"[{at()}] queue full:", q.full())


def impatient_putter():
    try:
        q.put("extra", timeout=0.1)
    except queue.Full:
        print(f"[{at()}] putter: Full after waiting")


def patient_putter():
    q.put("late", timeout=1.0)
    print(f"[{at()}] patient putter: put done")


a = threading.Thread(target=impatient_putter)
a.start()
a.join()
b = threading.Thread(target=patient_putter)
b.start()
time.sleep(0.1)
item = q.get()              # makes room: the patient putter wakes up
b.join()
print(f"[{at()}] main took:", item)
print(f"[{at()}] main takes:", q.get_nowait(), "| empty:", q.empty())
