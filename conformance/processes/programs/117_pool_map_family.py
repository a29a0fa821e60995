# Pool.map, map_async, starmap, starmap_async, imap (ordered), imap_unordered (sorted here, as its
# order depends on which worker finishes first); the workers are ForkPoolWorker-N processes.
import multiprocessing as mp

def square(x):
    return x * x

def power(x, y):
    return x ** y

def who(_):
    return mp.current_process().name

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        r = pool.map_async(square, [3, 4])
        print(type(r).__name__, r.get())
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print(pool.starmap_async(power, [(2, 10)]).get())
        it = pool.imap(square, range(5))
        print(type(it).__name__, list(it))
        print(sorted(pool.imap_unordered(square, range(8))))
        print(list(pool.imap(square, [])), pool.map(square, []))
        names = set(pool.map(who, range(20)))
        print("worker names are ForkPoolWorker-1/2:", names <= {"ForkPoolWorker-1", "ForkPoolWorker-2"})
        print(sorted(p.name for p in mp.active_children()))
        print("main process:", mp.current_process().name)
