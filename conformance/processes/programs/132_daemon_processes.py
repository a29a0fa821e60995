# At exit the parent terminates daemon children (their later output never appears) and joins the
# non-daemon ones (their output comes after the parent's last line); a daemon may not have children.
import multiprocessing as mp
import sys
import time

def daemon_work(ev):
    print("daemon started")
    sys.stdout.flush()
    ev.set()
    time.sleep(5)
    print("daemon finished (never printed)")

def normal_work():
    time.sleep(0.3)
    print("non-daemon child finished after the parent's last line")

def nested():
    try:
        mp.Process(target=print).start()
    except AssertionError as e:
        print("AssertionError:", e)

if __name__ == "__main__":
    ev = mp.Event()
    d = mp.Process(target=daemon_work, args=(ev,), daemon=True)
    print("daemon flag:", d.daemon, mp.Process(target=print).daemon)
    d.start()
    ev.wait()
    try:
        d.daemon = False
    except AssertionError as e:
        print("set daemon after start: AssertionError:", e)
    n = mp.Process(target=normal_work)
    n.start()
    p = mp.Process(target=nested, daemon=True)
    p.start()
    p.join()
    time.sleep(0.1)
    print("active:", sorted((c.name, c.daemon) for c in mp.active_children()))
    print("parent's last line")
    sys.stdout.flush()
