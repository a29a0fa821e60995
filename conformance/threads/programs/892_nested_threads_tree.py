# Covers: threads that start and join their own child threads (a tree of depth 3); the
# children get default names "Thread-N (node)" numbered in creation order and inherit the
# daemon flag of their parent; each node creates both children, then runs them one at a
# time, so the numbering is fixed.
import threading

results = {}
lock = threading.Lock()


def node(path, depth):
    me = threading.current_thread()
    children = []
    if depth < 2:
        for k in range(2):
            child = threading.Thread(target=node, args=(path + str(k), depth + 1))
            children.append(child)
        for c in children:
            c.start()
            c.join()        # one child at a time: the numbering stays fixed
    with lock:
        results[path] = (me.name, depth, me.daemon, len(children))


root = threading.Thread(target=node, args=("r", 0), name="root", daemon=True)
root.start()
root.join()
for path in sorted(results):
    print(path, results[path])
print("threads now:", threading.active_count())
