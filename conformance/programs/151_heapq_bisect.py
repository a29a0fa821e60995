# Covers: heapq heappush/heappop/heapify/heappushpop/heapreplace/nlargest/nsmallest/merge with tuples; bisect bisect_left/right/insort, grading example.
import heapq
import bisect

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, h[0])
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [5, 1, 9, 7, 3]), heapq.nsmallest(2, [5, 1, 9, 7, 3]), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["b", "d"], ["a", "c"])))
tasks = []
heapq.heappush(tasks, (2, "write code"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
heapq.heappush(tasks, (1, "coffee"))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
s = [1, 3, 3, 3, 7, 9]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 3), bisect.bisect_left(s, 4), bisect.bisect(s, 100), bisect.bisect_left(s, -1))
bisect.insort(s, 5)
bisect.insort_left(s, 3)
print(s)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(x) for x in [33, 99, 77, 70, 89, 90, 100, 60]])
names = sorted(["kiwi", "apple", "fig"])
bisect.insort(names, "banana")
print(names, bisect.bisect_left(names, "c"))
records = [(1, "a"), (5, "b"), (9, "c")]
print(bisect.bisect_left(records, (5,)), bisect.bisect_left([r[0] for r in records], 6), bisect.bisect_right(records, 5, key=lambda r: r[0]))
