# Covers: list.append, dict item assignment with distinct keys and deque.append from
# several threads: the totals are exact; the contents are compared after sorting.
import collections
import threading

shared = []
per_thread = {}
dq = collections.deque()


def fill(tag, n):
    mine = 0
    for i in range(n):
        shared.append((tag, i))
        dq.append(i)
        mine += 1
    per_thread[tag] = mine


threads = [threading.Thread(target=fill, args=(tag, 3000)) for tag in "abcde"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), len(dq), sum(per_thread.values()))
print(sorted(per_thread.items()))
print(sorted(shared) == sorted((tag, i) for tag in "abcde" for i in range(3000)))
print(sum(dq) == 5 * sum(range(3000)))
counts = collections.Counter(tag for tag, _ in shared)
print(sorted(counts.items()))
