# An uncaught exception from Pool.map: the parent's traceback is chained ("The above exception was
# the direct cause") to the worker's, printed as a RemoteTraceback; exit status 1.
import multiprocessing as mp

def check(x):
    if x == 3:
        raise ValueError(f"bad item {x}")
    return x

if __name__ == "__main__":
    pool = mp.Pool(1)
    print(pool.map(check, [1, 2]))
    pool.map(check, [1, 2, 3, 4])
