# Covers: Barrier: parties, n_waiting, the index returned by wait() (arrival order: the
# first to arrive gets 0, the last parties-1), the action run once per round by the last
# thread to arrive, reuse for a second round. Threads arrive 0.1 s and 0.2 s apart.
import threading
import time

lock = threading.Lock()
records = []


def action():
    records.append(("action", threading.current_thread().name))


barrier = threading.Barrier(3, action=action)
print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)


def member(delay):
    for rnd in (1, 2):
        time.sleep(delay)
        index = barrier.wait()
        with lock:
            records.append((rnd, threading.current_thread().name, index))


threads = [threading.Thread(target=member, args=(d,), name=f"m{i}")
           for i, d in enumerate([0, 0.1, 0.3])]
for t in threads[::-1]:            # start order does not matter, the delays do
    t.start()
deadline = time.monotonic() + 2
while barrier.n_waiting < 2 and time.monotonic() < deadline:
    time.sleep(0.01)               # m0 and m1 arrive well before m2
print("waiting before the last one arrives:", barrier.n_waiting)
for t in threads:
    t.join()
for r in sorted(records, key=str):
    print(r)
print("waiting:", barrier.n_waiting, "broken:", barrier.broken)

# a barrier of one: wait() returns at once with index 0 and runs the action
solo = threading.Barrier(1, action=lambda: print("solo action"))
print("solo index:", solo.wait(), solo.wait())
