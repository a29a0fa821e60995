# Value and Array of a ctypes Structure in shared memory: a child updates fields that the parent
# then reads.
import ctypes
import multiprocessing as mp

class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_double)]

def move(pt, arr):
    pt.x += 10
    pt.y *= 2
    for p in arr:
        p.x, p.y = p.x * 2, p.y + 0.5

if __name__ == "__main__":
    pt = mp.Value(Point, 1, 1.5)
    arr = mp.Array(Point, [(1, 2.0), (3, 4.0)])
    p = mp.Process(target=move, args=(pt, arr))
    p.start()
    p.join()
    print(pt.x, pt.y, [(q.x, q.y) for q in arr])
