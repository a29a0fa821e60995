# Covers: a discrete-event bank queue simulation: heapq event queue with tuple priorities,
# collections.deque for the waiting line, random.expovariate/uniform (seeded), dataclasses for
# customers, statistics for waiting times, math.ceil/floor, and an enum for event kinds.
import heapq
import math
import random
import statistics
from collections import deque
from dataclasses import dataclass, field
from enum import Enum


class Kind(Enum):
    ARRIVE = 1
    DONE = 2


@dataclass
class Customer:
    cid: int
    arrived: float
    started: float = field(default=None)

    @property
    def waited(self):
        return self.started - self.arrived


random.seed(7)
events = []
t = 0.0
for cid in range(1, 16):
    t += random.expovariate(1 / 3)
    heapq.heappush(events, (t, Kind.ARRIVE.value, cid))
line = deque()
tellers_free = 2
customers = {}
served = []
while events:
    now, kind, cid = heapq.heappop(events)
    if kind == Kind.ARRIVE.value:
        customers[cid] = Customer(cid, now)
        line.append(cid)
    else:
        tellers_free += 1
    while tellers_free and line:
        nxt = line.popleft()
        c = customers[nxt]
        c.started = now
        tellers_free -= 1
        heapq.heappush(events, (now + random.uniform(2, 8), Kind.DONE.value, nxt))
        served.append(c)
    print(f"t={now:6.2f} {Kind(kind).name:<6} #{cid:<2} queue={list(line)} free={tellers_free}")
waits = [c.waited for c in served]
print("served", len(served), "mean wait", round(statistics.mean(waits), 3), "max", round(max(waits), 3))
print("median", round(statistics.median(waits), 3), "slots", math.ceil(max(waits)), math.floor(min(waits)))
print(sorted(served, key=lambda c: c.waited, reverse=True)[:2])
