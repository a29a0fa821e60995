# get_context('spawn'): a Queue, an Event and a Process from the spawn context; the child is a fresh
# interpreter, so module globals hold their import-time values, not the parent's changes.
import multiprocessing as mp
import sys

setting = "import-time value"

def child(q, ev):
    q.put((mp.current_process().name, __name__, setting, mp.get_start_method()))
    ev.wait()
    q.put("child saw the event")

if __name__ == "__main__":
    setting = "changed in the parent"
    ctx = mp.get_context("spawn")
    print(ctx.get_start_method(), type(ctx).__name__, mp.get_start_method())
    q = ctx.Queue()
    ev = ctx.Event()
    p = ctx.Process(target=child, args=(q, ev))
    print(type(p).__name__, p.name)
    p.start()
    print(q.get())
    ev.set()
    print(q.get())
    p.join()
    print("exitcode", p.exitcode)
    try:
        mp.get_context("nonsense")
    except ValueError as e:
        print("ValueError:", e)
