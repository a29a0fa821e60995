# Covers: the reprs of threading objects in 3.11 with addresses and idents masked: Thread in
# each state (initial, started, daemon, stopped), Lock, RLock (owner and count, seen from
# another thread), Condition, Semaphore, BoundedSemaphore, Event, Barrier (waiters, broken),
# Timer, and the main thread.
import re
import threading
import time

MAIN = threading.get_ident()


def show(obj):
    text = repr(obj)
    text = re.sub(r" at 0x[0-9a-f]+", "", text)
    def ident(m):
        n = int(m.group(3))
        return m.group(1) + m.group(2) + ("<main>" if n == MAIN else "0" if n == 0 else "<ident>")
    return re.sub(r"(started|stopped|daemon|owner=)( ?)(\d+)", ident, text)


print(show(threading.main_thread()))
gate = threading.Event()
t = threading.Thread(target=gate.wait, name="sleeper")
print(show(t))
t.start()
print(show(t))
d = threading.Thread(target=gate.wait, name="bg", daemon=True)
print(show(d))
d.start()
print(show(d))
print(show(gate))
gate.set()
print(show(gate))
t.join()
d.join()
print(show(t))
print(show(d))

lock = threading.Lock()
print(show(lock))
lock.acquire()
print(show(lock))
lock.release()

r = threading.RLock()
print(show(r))
r.acquire()
r.acquire()
print(show(r))
seen = []
other = threading.Thread(target=lambda: seen.append(show(r)))
other.start()
other.join()
print("seen from another thread:", seen[0])
r.release()
print(show(r))
r.release()
print(show(r))

c = threading.Condition()
print(show(c))
with c:
    print(show(c))
c2 = threading.Condition(threading.Lock())
print(show(c2))
inside = threading.Event()


def cond_waiter():
    with c2:
        inside.set()
        c2.wait()


cw = threading.Thread(target=cond_waiter)
cw.start()
inside.wait()
with c2:
    print(show(c2))
    c2.notify()
cw.join()
print(show(c2))

s = threading.Semaphore(3)
s.acquire()
print(show(s))
b = threading.BoundedSemaphore(2)
b.acquire()
print(show(b))
b.release()
print(show(b))

bar = threading.Barrier(3)
print(show(bar))
waiters = [threading.Thread(target=bar.wait) for _ in range(2)]
for w in waiters:
    w.start()
while bar.n_waiting < 2:
    time.sleep(0.01)
print(show(bar))
bar.wait()
for w in waiters:
    w.join()
print(show(bar))
bar.abort()
print(show(bar))

tm = threading.Timer(10, print)
print(show(tm))
tm.cancel()
tm.start()
tm.join()
print(show(tm))
