# Covers: heapq heappush/heappop/heapify (exact list layout after each step), heapreplace,
# heappushpop, nlargest/nsmallest (with key, n larger than the data, n=1), merge (key, reverse),
# tuples as priorities, a heap of user objects with __lt__, and the errors.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(sorted(data) == [heapq.heappop(data) for _ in range(len(data))], data)
nums = [15, 2, 99, 23, 7, 42, 8, 16, 4, 4]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(20, nums))
print(heapq.nlargest(0, nums), heapq.nsmallest(2, [], key=abs), heapq.nlargest(3, iter(nums)))
words = ["pear", "fig", "banana", "kiwi", "apple", "plum"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=lambda w: (len(w), w)))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge("ace", "bdf")), list(heapq.merge([], [1])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
tasks = []
for prio, name in [(3, "write"), (1, "urgent"), (2, "review"), (1, "alpha")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])


class Job:
    def __init__(self, cost, name):
        self.cost, self.name = cost, name

    def __lt__(self, other):
        return self.cost < other.cost

    def __repr__(self):
        return f"Job({self.cost}, {self.name!r})"


jobs = [Job(5, "e"), Job(1, "a"), Job(3, "c"), Job(2, "b")]
heapq.heapify(jobs)
print(jobs, heapq.heappop(jobs), heapq.nsmallest(2, jobs))
for fn, args in ((heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((1,), 2)),
                 (heapq.heapify, ({1: 2},)), (heapq.heappush, ([1, "a"], 2)), (heapq.heappush, ([],))):
    try:
        fn(*args)
    except (IndexError, TypeError) as e:
        print(fn.__name__, type(e).__name__, e)
