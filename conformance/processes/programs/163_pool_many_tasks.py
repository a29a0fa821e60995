# Many small tasks: Pool.map over 20,000 items (default chunksize), imap with chunksize 1 over 2,000,
# and ProcessPoolExecutor.map with chunksize 100 over 5,000.
import concurrent.futures as cf
import multiprocessing as mp

def f(x):
    return x * 3 + 1

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(sum(pool.map(f, range(20000))))
        print(sum(pool.imap(f, range(2000))))
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print(sum(ex.map(f, range(5000), chunksize=100)))
