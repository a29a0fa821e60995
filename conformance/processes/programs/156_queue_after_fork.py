# A Queue whose feeder thread is already running in the parent still works in a child forked
# afterwards: the child's copy has no feeder thread and starts its own on its first put().
import multiprocessing as mp
import threading

def child(q):
    before = [t.name for t in threading.enumerate()]
    q.put("from child")
    after = sorted(t.name for t in threading.enumerate())
    q.put((before, after))

if __name__ == "__main__":
    q = mp.Queue()
    q.put("from parent")
    print(sorted(t.name for t in threading.enumerate()))
    p = mp.Process(target=child, args=(q,))
    p.start()
    items = [q.get() for _ in range(3)]
    p.join()
    print(sorted(map(str, items)))
