# ProcessPoolExecutor(mp_context=spawn): workers are SpawnProcess-N, started on demand; the main
# module is re-imported in them (its top-level print runs as __mp_main__).
import concurrent.futures as cf
import multiprocessing as mp
import sys

print("module body runs as", __name__)
sys.stdout.flush()

def who(x):
    return x * 2, mp.current_process().name

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        print(ex.submit(who, 21).result())
        print(list(ex.map(who, [1, 2])))
    print("done")
