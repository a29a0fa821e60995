# A child process runs threads of its own: its non-daemon threads are joined before it exits,
# its daemon threads are not; the parent's threads do not exist in the child.
import multiprocessing as mp
import queue
import sys
import threading
import time

def child():
    q = queue.Queue()
    def worker(i):
        time.sleep(0.1 * (i + 1))
        q.put(i)
    ts = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(3)]
    for t in ts:
        t.start()
    threading.Thread(target=time.sleep, args=(5,), daemon=True, name="sleepy").start()
    print("child threads:", sorted(t.name for t in threading.enumerate()))
    late = threading.Thread(target=lambda: (time.sleep(0.5), print("late thread finished")), name="late")
    late.start()
    for t in ts:
        t.join()
    print("results:", [q.get() for _ in range(3)])

if __name__ == "__main__":
    bg = threading.Thread(target=time.sleep, args=(0.2,), name="parent-bg")
    bg.start()
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("child exitcode", p.exitcode)
    bg.join()
