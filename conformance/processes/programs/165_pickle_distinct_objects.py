# Everything sent to another process is pickled; the pickler's memo is keyed by id(), which must
# differ between live objects: strings with the same hash code, ints 65536 apart and a string
# and an int must all arrive as themselves.
import multiprocessing as mp
import pickle

SAMPLES = [["Aa", "BB"], [1, 65537], ("f", 4147), [2 ** 70, 2 ** 71], list(range(4090, 4110))]

def echo(q, out):
    out.put(q.get())

if __name__ == "__main__":
    for s in SAMPLES:
        print(pickle.loads(pickle.dumps(s)) == s, end=" ")
    print()
    a, b = mp.Pipe()
    for s in SAMPLES:
        a.send(s)
        print(b.recv() == s, end=" ")
    print()
    q, out = mp.Queue(), mp.Queue()
    p = mp.Process(target=echo, args=(q, out))
    p.start()
    q.put(SAMPLES)
    got = out.get()
    p.join()
    print(got == SAMPLES, got[0], got[2])
    with mp.Pool(1) as pool:
        print(pool.map(abs, range(4140, 4150)))
