# imap yields results up to the failing item, then raises its exception; the rest can still be
# read; imap_unordered raises when the failure arrives. error_callback without callback.
import multiprocessing as mp

def inv(x):
    return 10 // x

def report(e):
    print("error_callback:", repr(e))

if __name__ == "__main__":
    with mp.Pool(1) as pool:
        it = pool.imap(inv, [5, 2, 0, 1])
        print(next(it), next(it))
        try:
            next(it)
        except ZeroDivisionError as e:
            print("third item:", e)
        print("fourth:", next(it))
        got = []
        try:
            for x in pool.imap_unordered(inv, [1, 0, 2]):
                got.append(x)
        except ZeroDivisionError:
            print("imap_unordered raised after", got)
        r = pool.apply_async(inv, (0,), error_callback=report)
        r.wait()
        print("ready:", r.ready(), "successful:", r.successful())
        r = pool.map_async(inv, [1, 0], error_callback=report)
        r.wait()
        print("map_async successful:", r.successful())
        try:
            pool.starmap(inv, [(1,), (1, 2)])
        except TypeError as e:
            print("TypeError:", e)
