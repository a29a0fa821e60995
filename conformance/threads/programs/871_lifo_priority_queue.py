# Covers: LifoQueue (last in, first out) and PriorityQueue (smallest first, ties compared on
# the next tuple item, unorderable items raising TypeError), both bounded and unbounded.
import queue

lifo = queue.LifoQueue()
for word in ["first", "second", "third"]:
    lifo.put(word)
print([lifo.get() for _ in range(3)], lifo.empty())

small = queue.LifoQueue(maxsize=2)
small.put(1)
small.put(2)
try:
    small.put_nowait(3)
except queue.Full:
    print("LifoQueue full at", small.qsize())
print(small.get(), small.get())

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (2, "again")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])

for n in [5, 3, 8, 1, 9, 2]:
    pq.put(n)
print([pq.get_nowait() for _ in range(6)])


class Job:
    def __init__(self, name):
        self.name = name


pq.put((1, Job("a")))
try:
    pq.put((1, Job("b")))
except TypeError as e:
    print("TypeError:", e)
print("size after the failed put:", pq.qsize(), pq.unfinished_tasks)

seq = 0
jobs = queue.PriorityQueue()
for prio, name in [(2, "write"), (1, "read"), (2, "flush"), (1, "seek")]:
    jobs.put((prio, seq, Job(name)))
    seq += 1
print([(p, s, j.name) for p, s, j in (jobs.get() for _ in range(4))])
try:
    jobs.get_nowait()
except queue.Empty:
    print("PriorityQueue empty")
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
