# chunksize: map sends the items to the workers in chunks, and a whole chunk runs in one worker
# (the split is shown with each item's worker); imap's default chunksize is 1.
import multiprocessing as mp

def tag(x):
    return x, mp.current_process().name

def same_worker(pairs, size):
    chunks = [pairs[i:i + size] for i in range(0, len(pairs), size)]
    return all(len({w for _, w in c}) == 1 for c in chunks)

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        for size in (5, 3, 10):
            pairs = pool.map(tag, range(10), chunksize=size)
            print("chunksize", size, "items in order:", [x for x, _ in pairs] == list(range(10)),
                  "each chunk in one worker:", same_worker(pairs, size))
        pairs = list(pool.imap(tag, range(6), chunksize=2))
        print("imap chunksize 2:", same_worker(pairs, 2), [x for x, _ in pairs])
        pairs = sorted(pool.imap_unordered(tag, range(6), chunksize=3))
        print("imap_unordered chunksize 3:", same_worker(pairs, 3), [x for x, _ in pairs])
        try:
            pool.imap(tag, range(3), chunksize=0)
        except ValueError as e:
            print("ValueError:", e)
        print(pool.starmap(pow, [(2, i) for i in range(8)], chunksize=4))
