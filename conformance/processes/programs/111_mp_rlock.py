# multiprocessing.RLock: reentrant in its owner, repr with owner and count; another process cannot
# take it while held, and releasing someone else's RLock raises AssertionError.
import multiprocessing as mp
import sys

def other(rl):
    print("child acquire(timeout=0.1):", rl.acquire(timeout=0.1))
    try:
        rl.release()
    except AssertionError as e:
        print("child release: AssertionError:", e)
    sys.stdout.flush()

def later(rl):
    with rl:
        with rl:
            print("child holds it twice:", repr(rl).replace(mp.current_process().name, "CHILD"))

if __name__ == "__main__":
    rl = mp.RLock()
    print(repr(rl))
    rl.acquire()
    rl.acquire()
    print(repr(rl))
    p = mp.Process(target=other, args=(rl,))
    p.start()
    p.join()
    rl.release()
    print(repr(rl))
    rl.release()
    print(repr(rl))
    try:
        rl.release()
    except AssertionError as e:
        print("release unowned: AssertionError:", e)
    p = mp.Process(target=later, args=(rl,))
    p.start()
    p.join()
    print(repr(rl), "exitcode", p.exitcode)
