# Covers: time.sleep(0) inside loops of two threads (it lets the other thread run; how
# often is not fixed), so only order-independent facts are printed.
import threading
import time

seen = {"a": [], "b": []}


def loop(tag):
    for i in range(200):
        seen[tag].append(i)
        time.sleep(0)


ts = [threading.Thread(target=loop, args=(tag,)) for tag in "ab"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print({k: len(v) for k, v in seen.items()})
print(all(v == list(range(200)) for v in seen.values()))
