# Synchronized objects cannot be sent to Pool workers as task arguments (RuntimeError: only through
# inheritance); passing them through the initializer, which runs at worker start, works.
import multiprocessing as mp

counter = None

def init(shared):
    global counter
    counter = shared

def add(n):
    with counter.get_lock():
        counter.value += n
    return n

def use(v):
    return v.value

if __name__ == "__main__":
    v = mp.Value("i", 0)
    with mp.Pool(2) as pool:
        try:
            pool.apply(use, (v,))
        except RuntimeError as e:
            print("RuntimeError:", e)
        try:
            pool.apply(use, (mp.Lock(),))
        except RuntimeError as e:
            print("RuntimeError:", e)
    with mp.Pool(2, initializer=init, initargs=(v,)) as pool:
        print(sum(pool.map(add, range(1, 101))))
    print("shared total:", v.value)
