# Covers: the dining philosophers with one Lock per fork, taken in a global order (lowest
# number first) so no deadlock can happen; each philosopher eats a fixed number of times;
# a Lock-protected tally. Only totals are printed.
import threading

N, MEALS = 5, 200
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
tally_lock = threading.Lock()
tally = {"meals": 0, "max_concurrent": 0}
eating = set()


def philosopher(i):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    for _ in range(MEALS):
        with forks[first]:
            with forks[second]:
                with tally_lock:
                    eating.add(i)
                    neighbours_eating = ((i - 1) % N in eating) or ((i + 1) % N in eating)
                    tally["max_concurrent"] = max(tally["max_concurrent"], len(eating))
                    if neighbours_eating:
                        raise AssertionError("two neighbours share a fork!")
                meals[i] += 1
                with tally_lock:
                    eating.discard(i)
                    tally["meals"] += 1


threads = [threading.Thread(target=philosopher, args=(i,), name=f"phil-{i}") for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("meals per philosopher:", meals)
print("total meals:", tally["meals"])
print("at most", N // 2, "eat at once:", tally["max_concurrent"] <= N // 2)
print("all forks free:", not any(f.locked() for f in forks))
