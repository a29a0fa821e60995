# v.value += 1 is a locked read and a separately locked write: four processes lose updates;
# with v.get_lock() held around it every increment counts.
import multiprocessing as mp

def add(v, n):
    for _ in range(n):
        v.value += 1

def add_locked(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1

if __name__ == "__main__":
    for f in (add, add_locked):
        v = mp.Value("i", 0)
        ps = [mp.Process(target=f, args=(v, 20000)) for _ in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(f.__name__, "all 80000 counted:", v.value == 80000)
