# initializer/initargs run once in each new worker (its globals differ from the parent's);
# bad maxtasksperchild and initializer values are refused.
import multiprocessing as mp

state = "parent value"

def init(value):
    global state
    state = value

def job(x):
    return x, state, mp.current_process().name

if __name__ == "__main__":
    with mp.Pool(1, initializer=init, initargs=("set by initializer",)) as pool:
        print(pool.map(job, range(3)))
    print("parent still has:", state)
    for bad in (0, -1, "2"):
        try:
            mp.Pool(1, maxtasksperchild=bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        mp.Pool(1, initializer=42)
    except TypeError as e:
        print("TypeError:", e)
