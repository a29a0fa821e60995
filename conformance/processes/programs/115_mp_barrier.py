# multiprocessing.Barrier: parties, wait() returning distinct indices, the action run once per
# round (in whichever process arrives last), abort() and a timeout breaking it with BrokenBarrierError.
import multiprocessing as mp
import threading

count = mp.Value("i", 0)

def child(barrier, out):
    for _ in range(2):
        out.put(barrier.wait())

def bump():
    with count.get_lock():
        count.value += 1

def waits_forever(barrier, out):
    try:
        barrier.wait()
    except threading.BrokenBarrierError as e:
        out.put("child: " + type(e).__name__)

if __name__ == "__main__":
    out = mp.Queue()
    b = mp.Barrier(3, action=bump)
    print("parties", b.parties, "n_waiting", b.n_waiting, "broken", b.broken)
    ps = [mp.Process(target=child, args=(b, out)) for _ in range(2)]
    for p in ps:
        p.start()
    mine = [b.wait(), b.wait()]
    for p in ps:
        p.join()
    idx = mine + [out.get() for _ in range(4)]
    print("indices:", sorted(idx), "action ran", count.value, "times")
    b2 = mp.Barrier(2)
    p = mp.Process(target=waits_forever, args=(b2, out))
    p.start()
    while b2.n_waiting == 0:
        pass
    b2.abort()
    p.join()
    print(out.get(), "broken:", b2.broken)
    b2.reset()
    print("after reset: broken", b2.broken)
    b3 = mp.Barrier(2, timeout=0.05)
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        print("timeout -> BrokenBarrierError, broken:", b3.broken)
    print(mp.Barrier is not threading.Barrier, issubclass(type(b), threading.Barrier))
