# Throughput: 2,000 items through a Queue from a child to the parent, and 1,000 request/response
# round trips over a Pipe.
import multiprocessing as mp

def produce(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)

def echo(conn):
    while True:
        x = conn.recv()
        if x is None:
            break
        conn.send(x + 1)

if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=produce, args=(q, 2000))
    p.start()
    total = 0
    count = 0
    while (x := q.get()) is not None:
        total += x
        count += 1
    p.join()
    print(count, total)
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    s = 0
    for i in range(1000):
        a.send(i)
        s += a.recv()
    a.send(None)
    p.join()
    print(s)
