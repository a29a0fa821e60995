# Realistic learner program: a priority-queue job scheduler simulation with heapq: jobs with priorities,
# arrival times and durations, several workers, a discrete-event loop, statistics and a Gantt-like chart.
import heapq
from collections import defaultdict


class Job:
    def __init__(self, name, arrival, duration, priority):
        self.name = name
        self.arrival = arrival
        self.duration = duration
        self.priority = priority
        self.start = None
        self.finish = None
        self.worker = None

    def __lt__(self, other):
        return (self.priority, self.arrival, self.name) < (other.priority, other.arrival, other.name)

    def __repr__(self):
        return f"Job({self.name}, p{self.priority}, t{self.arrival}+{self.duration})"

    @property
    def waited(self):
        return self.start - self.arrival


class Scheduler:
    def __init__(self, workers):
        self.free_workers = list(range(workers))
        heapq.heapify(self.free_workers)
        self.ready = []
        self.events = []
        self.seq = 0
        self.time = 0
        self.log = []
        self.done = []

    def push_event(self, time, kind, payload):
        heapq.heappush(self.events, (time, 0 if kind == "finish" else 1, self.seq, kind, payload))
        self.seq += 1

    def submit(self, job):
        self.push_event(job.arrival, "arrive", job)

    def dispatch(self):
        while self.ready and self.free_workers:
            job = heapq.heappop(self.ready)
            worker = heapq.heappop(self.free_workers)
            job.start = self.time
            job.worker = worker
            self.log.append(f"t={self.time:3d} worker {worker} starts {job.name} (waited {job.waited})")
            self.push_event(self.time + job.duration, "finish", job)

    def run(self):
        while self.events:
            time, _, _, kind, job = heapq.heappop(self.events)
            self.time = time
            if kind == "arrive":
                heapq.heappush(self.ready, job)
                self.log.append(f"t={time:3d} {job.name} arrives (priority {job.priority}, queue={len(self.ready)})")
            else:
                job.finish = time
                heapq.heappush(self.free_workers, job.worker)
                self.done.append(job)
                self.log.append(f"t={time:3d} worker {job.worker} finished {job.name}")
            self.dispatch()
        return self.done


jobs_spec = [
    ("backup", 0, 30, 3), ("email", 2, 5, 1), ("report", 3, 12, 2), ("index", 5, 20, 3),
    ("alert", 6, 2, 0), ("compile", 8, 15, 2), ("deploy", 10, 6, 1), ("cleanup", 12, 8, 4),
    ("thumbnails", 13, 9, 3), ("billing", 20, 10, 1), ("audit", 21, 4, 2), ("ping", 40, 1, 0),
]
sched = Scheduler(workers=2)
jobs = [Job(*spec) for spec in jobs_spec]
for j in jobs:
    sched.submit(j)
finished = sched.run()
for line in sched.log:
    print(line)

print("\norder finished:", [j.name for j in finished])
print(f"{'job':<11}{'prio':>5}{'arr':>5}{'start':>6}{'end':>5}{'wait':>5}  worker")
for j in sorted(jobs, key=lambda j: j.start):
    print(f"{j.name:<11}{j.priority:>5}{j.arrival:>5}{j.start:>6}{j.finish:>5}{j.waited:>5}  {j.worker}")

waits = [j.waited for j in jobs]
print("average wait: %.2f, max wait: %d (%s)" % (sum(waits) / len(waits), max(waits), max(jobs, key=lambda j: j.waited).name))
by_prio = defaultdict(list)
for j in jobs:
    by_prio[j.priority].append(j.waited)
for p in sorted(by_prio):
    print(f"priority {p}: jobs={len(by_prio[p])} avg wait={sum(by_prio[p]) / len(by_prio[p]):.1f}")
makespan = max(j.finish for j in jobs)
busy = defaultdict(int)
for j in jobs:
    busy[j.worker] += j.duration
print("makespan", makespan, "utilisation", {w: f"{b / makespan:.0%}" for w, b in sorted(busy.items())})

scale = 2
for w in sorted(busy):
    row = [" "] * (makespan // scale + 1)
    for j in jobs:
        if j.worker == w:
            for t in range(j.start // scale, j.finish // scale):
                row[t] = j.name[0].upper()
    print(f"worker {w} |" + "".join(row) + "|")
print("top 3 longest:", heapq.nlargest(3, jobs, key=lambda j: j.duration))
print("3 most urgent:", heapq.nsmallest(3, jobs))
