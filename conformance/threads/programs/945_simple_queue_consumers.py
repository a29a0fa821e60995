# Covers: queue.SimpleQueue shared by three consumer threads and a producer: one sentinel per
# consumer, items that fail once are put back by the consumer itself (SimpleQueue.put from a
# consumer thread), results returned through a second SimpleQueue and drained after join;
# only totals, sorted results and per-item attempt counts are printed.
import queue
import threading

tasks = queue.SimpleQueue()
results = queue.SimpleQueue()
STOP = object()


def consumer():
    handled = 0
    while True:
        item = tasks.get()
        if item is STOP:
            results.put(("handled", handled))
            return
        n, attempt = item
        handled += 1
        if n % 5 == 0 and attempt == 0:
            tasks.put((n, attempt + 1))     # retry once
            continue
        results.put(("ok", n, n * n, attempt))


def producer(count):
    for n in range(1, count + 1):
        tasks.put((n, 0))


consumers = [threading.Thread(target=consumer, name=f"c{i}") for i in range(3)]
for c in consumers:
    c.start()
p = threading.Thread(target=producer, args=(20,))
p.start()
p.join()
# the retries may still be pending: wait until every number has an "ok" result
ok = {}
while len(ok) < 20:
    kind, *rest = results.get()
    n, square, attempt = rest
    ok[n] = (square, attempt)
for _ in consumers:
    tasks.put(STOP)
for c in consumers:
    c.join()
handled = []
while not results.empty():
    kind, count = results.get_nowait()
    handled.append(count)
print("squares:", [ok[n][0] for n in sorted(ok)])
print("needed a retry:", sorted(n for n, (_, attempt) in ok.items() if attempt))
print("gets per consumer add up to:", sum(handled), "| consumers reporting:", len(handled))
print("queues empty:", tasks.empty(), results.empty(), tasks.qsize())
