# Process attributes seen from parent and child: pid/ident, os.getppid() and parent_process(),
# authkey inherited, sentinel, name changes; start() twice or join() before start() are refused.
import multiprocessing as mp
import os
import sys

def child(parent_pid):
    me = mp.current_process()
    par = mp.parent_process()
    print("child: ppid is the parent:", os.getppid() == parent_pid, par.pid == parent_pid, par.name)
    print("child: pid == ident:", me.pid == me.ident == os.getpid(), "name:", me.name)
    print("child: same authkey:", me.authkey == bytes(key), len(me.authkey))
    sys.stdout.flush()

if __name__ == "__main__":
    key = mp.current_process().authkey
    p = mp.Process(target=child, args=(os.getpid(),), name="first")
    p.name = "renamed"
    try:
        p.join()
    except AssertionError as e:
        print("join before start: AssertionError:", e)
    print("before start:", p.pid, p.ident, p.exitcode, p.is_alive())
    p.start()
    p.join()
    print("pid == ident:", p.pid == p.ident, "exitcode", p.exitcode)
    try:
        p.start()
    except AssertionError as e:
        print("start twice: AssertionError:", e)
    try:
        mp.current_process().join()
    except AssertionError as e:
        print("join self: AssertionError:", e)
    try:
        mp.Process(target=print, args=1)
    except TypeError as e:
        print("TypeError:", e)
