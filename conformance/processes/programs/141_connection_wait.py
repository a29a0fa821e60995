# multiprocessing.connection.wait() blocks on several Connections and process sentinels at once and
# returns the ready ones; a process's sentinel becomes ready when it exits.
import multiprocessing as mp
from multiprocessing.connection import wait
import time

def talker(conn, delay, word):
    time.sleep(delay)
    conn.send(word)
    conn.close()

def napper(delay):
    time.sleep(delay)

if __name__ == "__main__":
    readers = []
    procs = []
    for delay, word in [(0.3, "slow"), (0.05, "fast")]:
        r, w = mp.Pipe(duplex=False)
        p = mp.Process(target=talker, args=(w, delay, word))
        p.start()
        w.close()
        readers.append(r)
        procs.append(p)
    print("nothing ready within 0.01 s:", wait(readers, timeout=0.01))
    order = []
    while readers:
        for r in wait(readers):
            try:
                order.append(r.recv())
            except EOFError:
                readers.remove(r)
    print("messages in arrival order:", order)
    for p in procs:
        p.join()
    n = mp.Process(target=napper, args=(0.2,))
    n.start()
    print("sentinel is an int:", isinstance(n.sentinel, int))
    print("sentinel ready within 0.05 s:", n.sentinel in wait([n.sentinel], timeout=0.05))
    print("sentinel ready eventually:", wait([n.sentinel]) == [n.sentinel])
    n.join()
    print("exitcode", n.exitcode)
