# maxtasksperchild=1: each worker exits after one task and the pool's worker-handler thread forks
# a replacement, so the worker names keep counting up.
import multiprocessing as mp

def job(x):
    return x, mp.current_process().name

if __name__ == "__main__":
    with mp.Pool(1, maxtasksperchild=1) as pool:
        print([pool.apply(job, (i,)) for i in range(4)])
    with mp.Pool(2, maxtasksperchild=2) as pool:
        names = {name for _, name in pool.map(job, range(8), chunksize=1)}
        print("more than two workers served eight tasks:", len(names) > 2)
