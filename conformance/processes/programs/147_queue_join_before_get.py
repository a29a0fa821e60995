# A child that put() a large item cannot exit until the item has gone through the pipe: its feeder
# thread is blocked on a full pipe, so join(timeout) returns with the child still alive; once the
# parent get()s the item the child finishes.
import multiprocessing as mp

def child(q):
    q.put(b"x" * 1_000_000)
    q.put("small")

if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    p.join(timeout=0.3)
    print("alive after join(0.3):", p.is_alive(), "exitcode:", p.exitcode)
    big = q.get()
    print(len(big), q.get())
    p.join()
    print("exitcode:", p.exitcode)
