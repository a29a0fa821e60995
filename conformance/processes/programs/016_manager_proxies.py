# Manager() starts a server process (SyncManager-1); its proxies forward every call to it, so
# children's changes to a managed dict, list, Namespace, Value or Queue are seen by the parent.
import multiprocessing as mp
import re

def work(d, l, ns, v, q, lock, i):
    with lock:
        d[i] = i * i
        l.append(i)
        ns.total += i
        v.value += 1
    q.put(("done", i))

def mask(s):
    return re.sub(r"0x[0-9a-f]+|pid=\d+|parent=\d+", "X", s)

if __name__ == "__main__":
    with mp.Manager() as m:
        d, l, ns = m.dict(), m.list(), m.Namespace()
        ns.total = 0
        v, q, lock = m.Value("i", 0), m.Queue(), m.Lock()
        ps = [mp.Process(target=work, args=(d, l, ns, v, q, lock, i)) for i in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()), sorted(l), ns.total, v.value)
        print(sorted(q.get() for _ in range(4)))
        print(str(d) == str(dict(d)), type(d).__name__, type(l).__name__, type(ns).__name__)
        print(mask(repr(l)))
        print([mask(repr(c)) for c in mp.active_children()])
        d2 = m.dict({"a": 1})
        d2["b"] = 2
        print(d2.copy(), len(d2), "a" in d2, d2.get("c", 0))
    print("manager shut down:", mp.active_children())
