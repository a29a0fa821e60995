# multiprocessing.Process: names from one counter, pids, is_alive, exitcode, repr.
import multiprocessing as mp
import os
import re

def mask(r):
    return re.sub(r"(pid|parent)=\d+", r"\1=N", r)

def work(x, y=0):
    me = mp.current_process()
    print("in", me.name, "args", x, y, "parent is", mp.parent_process().name)

if __name__ == "__main__":
    print(mp.current_process().name, mp.parent_process())
    p = mp.Process(target=work, args=(1,), kwargs={"y": 2})
    named = mp.Process(target=work, args=(3,), name="named")
    third = mp.Process(target=work, args=(4,))
    print(p.name, named.name, third.name, p.pid, p.exitcode)
    print(mask(repr(p)))
    for q in (p, named, third):
        q.start()
        q.join()
        print(q.name, "alive:", q.is_alive(), "exitcode:", q.exitcode, "pid differs:", q.pid != os.getpid())
    print(mask(repr(p)))
    print("active children:", mp.active_children())
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
