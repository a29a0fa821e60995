# Value and Array live in shared memory: children's writes are seen by the parent.
import ctypes
import multiprocessing as mp
import re

def mask(r):
    return re.sub(r"0x[0-9a-f]+", "0x...", r)

def work(v, a, s):
    v.value += 1.5
    for i in range(len(a)):
        a[i] = a[i] * 10
    s.value = b"hello"

if __name__ == "__main__":
    v = mp.Value("d", 1.0)
    a = mp.Array("i", [1, 2, 3])
    s = mp.Array("c", 8)
    print(v, mask(repr(a)), mask(repr(s)))
    p = mp.Process(target=work, args=(v, a, s))
    p.start()
    p.join()
    print(v.value, a[:], list(a), len(a), s.value, s.raw)
    raw = mp.Value("i", 5, lock=False)
    print(raw, raw.value, type(raw).__name__)
    print(mp.RawValue("h", 40000), mp.RawArray("b", [1, -1])[:])
    print(v.get_lock(), mask(repr(v.get_obj())))
    with v:
        print("locked with the wrapper's RLock")
    print(mp.Value(ctypes.c_int, 3), mp.Array(ctypes.c_double, 2)[:])
