# Covers: a PriorityQueue of dataclass(order=True) items whose payload is excluded from
# comparison; producers in two threads (run one after the other) submit jobs with
# priorities and per-producer sequence numbers; a single consumer thread drains them in
# priority order; a sentinel that sorts last (priority inf); re-queued failing jobs with a
# lowered priority; and the TypeError when two items with equal keys have no order.
import itertools
import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: float
    seq: tuple
    name: str = field(compare=False)
    attempts: int = field(default=0, compare=False)


pq = queue.PriorityQueue()


def producer(pid, jobs):
    counter = itertools.count()
    for prio, name in jobs:
        pq.put(Job(prio, (pid, next(counter)), name))


p1 = threading.Thread(target=producer, args=(1, [(2, "backup"), (1, "email"), (3, "report")]))
p2 = threading.Thread(target=producer, args=(2, [(1, "alert"), (2, "cleanup"), (0, "page-oncall")]))
for p in (p1, p2):
    p.start()
    p.join()
print("queued:", pq.qsize())
pq.put(Job(float("inf"), (9, 0), "STOP"))

log = []


def consumer():
    while True:
        job = pq.get()
        if job.name == "STOP":
            log.append("stop")
            return
        if job.name == "cleanup" and job.attempts == 0:
            log.append(f"{job.name} failed, retry later")
            job.attempts += 1
            job.priority += 2.5
            pq.put(job)
            continue
        log.append(f"p{job.priority} {job.seq} {job.name} (attempt {job.attempts + 1})")


c = threading.Thread(target=consumer)
c.start()
c.join()
print("\n".join(log))
print("empty:", pq.empty())

pq.put(Job(1, (0, 0), "x"))
try:
    pq.put(Job(1, (0, 0), "y"))       # equal keys compare as equal: fine
    print("equal keys accepted; order of the two:", [pq.get().name for _ in range(2)])
except TypeError as e:
    print("TypeError:", e)
pq.put((1, {"a": 1}))
try:
    pq.put((1, {"b": 2}))
except TypeError as e:
    print("TypeError:", e)
print("left:", pq.qsize())
