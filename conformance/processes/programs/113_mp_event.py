# multiprocessing.Event across processes: wait() blocks until another process sets it,
# wait(timeout) returns False when nobody does, clear() resets it; is_set() is shared.
import multiprocessing as mp
import sys

def waiter(go, ack, never):
    print("child waiting")
    sys.stdout.flush()
    ack.set()
    print("child wait() ->", go.wait())
    print("child wait(0.05) on an event nobody sets ->", never.wait(0.05))
    sys.stdout.flush()

if __name__ == "__main__":
    go = mp.Event()
    ack = mp.Event()
    never = mp.Event()
    print("is_set:", go.is_set(), "wait(0.1):", go.wait(0.1))
    p = mp.Process(target=waiter, args=(go, ack, never))
    p.start()
    ack.wait()
    print("parent sets the event")
    sys.stdout.flush()
    go.set()
    p.join()
    print("is_set:", go.is_set(), "wait() returns at once:", go.wait())
    go.clear()
    print("after clear:", go.is_set(), go.wait(0))
