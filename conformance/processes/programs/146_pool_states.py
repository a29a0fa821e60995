# Pool() defaults to os.cpu_count() workers; its repr shows RUN/CLOSE/TERMINATE; a worker's
# parent is the main process; pool workers are daemonic, so they cannot start processes.
import multiprocessing as mp
import os

def info(_):
    me = mp.current_process()
    return me.daemon, mp.parent_process().name, me.name.startswith("ForkPoolWorker-")

def try_child(_):
    try:
        mp.Process(target=print).start()
    except AssertionError as e:
        return str(e)

if __name__ == "__main__":
    print("cpu_count agrees:", mp.cpu_count() == os.cpu_count())
    pool = mp.Pool()
    print("default size is cpu_count:", repr(pool) == f"<multiprocessing.pool.Pool state=RUN pool_size={os.cpu_count()}>")
    print(set(pool.map(info, range(4))))
    print(pool.apply(try_child, (0,)))
    pool.close()
    print(repr(pool).split(" pool_size")[0])
    pool.join()
    pool.terminate()
    print(repr(pool).split(" pool_size")[0])
    p2 = mp.Pool(1)
    p2.terminate()
    print(repr(p2))
