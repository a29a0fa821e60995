# Value/Array with and without locks: lock=False gives raw ctypes objects without get_lock();
# lock=True/a given Lock or RLock wraps them in Synchronized objects; slices and a shared 'c' array.
import ctypes
import multiprocessing as mp
import re

def mask(r):
    return re.sub(r"0x[0-9a-f]+", "0x...", r)

def fill(arr, text, n):
    arr[0:3] = [7, 8, 9]
    arr[-1] = 99
    text.value = b"from child"
    n.value = 2 ** 40

if __name__ == "__main__":
    raw = mp.Value("i", 1, lock=False)
    print(type(raw).__name__, raw, hasattr(raw, "get_lock"))
    syn = mp.Value("i", 1)
    print(type(syn).__name__, mask(repr(syn)), mask(repr(syn.get_lock())))
    mine = mp.Lock()
    v = mp.Value("d", 0.5, lock=mine)
    print("given lock used:", v.get_lock() is mine)
    rv = mp.Value("i", 0, lock=mp.RLock())
    with rv.get_lock():
        with rv.get_lock():
            rv.value += 1
    print("RLock twice:", rv.value)
    try:
        mp.Value("i", 0, lock="yes")
    except AttributeError as e:
        print("AttributeError:", e)
    arr = mp.Array("i", 6)
    text = mp.Array("c", 16)
    n = mp.Value(ctypes.c_longlong, 0)
    p = mp.Process(target=fill, args=(arr, text, n))
    p.start()
    p.join()
    print(arr[:], arr[1:4], arr[::2], text.value, n.value)
    print(type(arr).__name__, type(text).__name__, len(arr), len(text))
    raw_arr = mp.Array("d", [0.5, 1.5], lock=False)
    print(type(raw_arr).__name__, raw_arr[:], hasattr(raw_arr, "get_lock"))
    try:
        arr[0] = "x"
    except TypeError as e:
        print("TypeError:", e)
    try:
        arr[10]
    except IndexError as e:
        print("IndexError:", e)
    print("C wrap-around:", mp.Value("q", 2 ** 64 + 5).value, mp.Value("B", 257).value)
