# A non-daemon child may start processes and pools of its own; names count per process, and the
# grandchild's parent_process() is the child.
import multiprocessing as mp
import sys

def grandchild(q):
    q.put((mp.current_process().name, mp.parent_process().name))

def square(x):
    return x * x

def child(q):
    g = mp.Process(target=grandchild, args=(q,))
    g.start()
    g.join()
    with mp.Pool(2) as pool:
        q.put(pool.map(square, range(5)))
    q.put(sorted(p.name for p in mp.active_children()))

if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,), name="child")
    p.start()
    print(q.get())
    print(q.get())
    print(q.get())
    p.join()
    print("exitcode", p.exitcode, "next name:", mp.Process().name)
