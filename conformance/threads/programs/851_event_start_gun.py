# Covers: Event as a start signal and a stop signal: runners wait for the start gun, then
# work in steps until the stop event is set; each runner's steps are its own, so the
# counts are fixed by the sleeps (0.2 s per step; runners begin 0, 0.1 and 0.4 s after
# the gun; stop at 0.65 s, at least 0.05 s away from any step).
import threading
import time

start_gun = threading.Event()
stop = threading.Event()
ready = []
counts = {}
lock = threading.Lock()


def runner(name, delay):
    with lock:
        ready.append(name)
    start_gun.wait()
    time.sleep(delay)
    steps = 0
    while not stop.is_set():
        steps += 1
        stop.wait(0.2)          # sleeps 0.2 s unless stop is set meanwhile
    counts[name] = steps


names = ["ann", "bob", "cy"]
threads = [threading.Thread(target=runner, args=(n, d)) for n, d in zip(names, [0, 0.1, 0.4])]
for t in threads:
    t.start()
time.sleep(0.05)
print("ready:", sorted(ready), "| started:", start_gun.is_set())
start_gun.set()
time.sleep(0.65)
stop.set()
for t in threads:
    t.join()
print("steps:", sorted(counts.items()))
print("stop set:", stop.is_set())
