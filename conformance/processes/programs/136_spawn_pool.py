# A Pool from the spawn context: SpawnPoolWorker-N workers re-import the main module (its
# top-level print runs again in each worker, under __mp_main__); functions are pickled by name.
import multiprocessing as mp
import sys

print("importing", __name__)
sys.stdout.flush()

def cube(x):
    return x ** 3

def name(_):
    return mp.current_process().name

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with ctx.Pool(1) as pool:
        print(pool.map(cube, range(5)))
        print(pool.apply(name, (0,)))
        try:
            pool.apply(lambda: 0)
        except Exception as e:
            print(type(e).__name__, str(e).split(" at 0x")[0])
    print("done")
