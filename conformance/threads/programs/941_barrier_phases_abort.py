# Covers: a phased computation on a Barrier: four threads compute a parallel prefix sum in
# log2(n) rounds, two barrier waits per round; the thread that gets index 0 from wait()
# records the round (which thread that is varies, what it records does not). Then a second
# run in which one worker fails mid-way and calls abort(): the others get
# BrokenBarrierError at their next wait, and the outcome per worker is printed sorted.
import threading
import time

data = [3, 1, 4, 1, 5, 9, 2, 6]
N = 4
values = list(data)
barrier = threading.Barrier(N)
rounds = []


def prefix_worker(w):
    chunk = range(w * 2, w * 2 + 2)
    step = 1
    while step < len(values):
        updates = {i: values[i] + values[i - step] for i in chunk if i >= step}
        barrier.wait()              # everyone has read this round's values
        for i, v in updates.items():
            values[i] = v
        if barrier.wait() == 0:     # everyone has written
            rounds.append((step, list(values)))
        step *= 2


threads = [threading.Thread(target=prefix_worker, args=(w,)) for w in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for step, snapshot in sorted(rounds):
    print(f"after step {step}: {snapshot}")
print("prefix sums:", values)
print("check:", values == [sum(data[:i + 1]) for i in range(len(data))])

barrier2 = threading.Barrier(3)
outcomes = {}
lock = threading.Lock()


def phased(name, fail_in_phase):
    phase = 0
    try:
        for phase in range(1, 4):
            if phase == fail_in_phase:
                time.sleep(0.05)    # the others are waiting in this phase by then
                raise ValueError(f"{name} failed in phase {phase}")
            barrier2.wait()
        result = "completed"
    except ValueError as e:
        barrier2.abort()
        result = f"ValueError: {e}"
    except threading.BrokenBarrierError:
        result = f"BrokenBarrierError in phase {phase}"
    with lock:
        outcomes[name] = result


workers = [threading.Thread(target=phased, args=(name, fail))
           for name, fail in [("a", None), ("b", 2), ("c", None)]]
for t in workers:
    t.start()
for t in workers:
    t.join()
for name in sorted(outcomes):
    print(name, "->", outcomes[name])
print("broken:", barrier2.broken, "| n_waiting:", barrier2.n_waiting)
