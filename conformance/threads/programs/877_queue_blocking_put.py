# Covers: a bounded Queue(2) between a fast producer and a slow consumer: the producer's
# put() blocks when the queue is full and resumes when the consumer takes an item (every
# 0.1 s). Only the producer prints while both run; the consumer keeps a log printed at
# the end. Times are rounded to 0.1 s and every event sits on a multiple of 0.1 s.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
consumer_log = []


def stamp():
    return f"{time.monotonic() - start:.1f}"


def producer():
    for i in range(5):
        q.put(i)
        print(f"[{stamp()}] put {i}")
    q.put(None)
    print(f"[{stamp()}] put the sentinel")


def consumer():
    while True:
        time.sleep(0.1)
        item = q.get()
        consumer_log.append((stamp(), item))
        if item is None:
            return


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
start = time.monotonic()
c.start()
p.start()
p.join()
print(f"[{stamp()}] producer finished; queue size {q.qsize()}")
c.join()
for when, item in consumer_log:
    print(f"[{when}] consumer got {item}")
print("elapsed about", stamp(), "s")
