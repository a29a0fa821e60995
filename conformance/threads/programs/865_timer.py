# Covers: threading.Timer: fires after its interval with args/kwargs, cancel() before it
# fires, cancel() after it fired (no effect), is_alive, its plain Thread-N name, interval.
import threading
import time

start = time.monotonic()


def ring(label, *, volume=1):
    print(f"ring {label} volume={volume} at {round(time.monotonic() - start, 1)} s in {threading.current_thread().name}")


t1 = threading.Timer(0.1, ring, args=("A",), kwargs={"volume": 3})
t2 = threading.Timer(0.3, ring, ["B"])
t3 = threading.Timer(0.5, ring, ("C",))
print(t1.name, t2.name, t3.name, t1.interval, isinstance(t1, threading.Thread))
for t in (t1, t2, t3):
    t.start()
time.sleep(0.2)
print("alive at 0.2 s:", t1.is_alive(), t2.is_alive(), t3.is_alive())
t3.cancel()
print("C cancelled; finished flag:", t3.finished.is_set())
t1.cancel()          # already fired: nothing happens
for t in (t1, t2, t3):
    t.join()
print("all done at", round(time.monotonic() - start, 1), "s")

# a Timer with no args, cancelled before it starts running
t4 = threading.Timer(5, ring)
t4.cancel()
t4.start()
t4.join()
print("t4 never rang; elapsed still", round(time.monotonic() - start, 1), "s")
t5 = threading.Timer(0, ring, ("zero",))
t5.start()
t5.join()
