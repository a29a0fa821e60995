# shutdown(wait=True) waits for queued work; shutdown(cancel_futures=True) cancels what has not
# started (the first task is already running, the last ones are still queued); submit() after
# shutdown raises RuntimeError; max_workers <= 0 is refused.
import concurrent.futures as cf
import time

def slow(x):
    time.sleep(0.1)
    return x

if __name__ == "__main__":
    ex = cf.ProcessPoolExecutor(max_workers=1)
    futs = [ex.submit(slow, i) for i in range(3)]
    ex.shutdown(wait=True)
    print("after shutdown(wait=True):", [f.result() for f in futs])
    try:
        ex.submit(slow, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    ex = cf.ProcessPoolExecutor(max_workers=1)
    futs = [ex.submit(slow, i) for i in range(10)]
    futs[0].result()
    ex.shutdown(cancel_futures=True)
    states = ["cancelled" if f.cancelled() else "done" for f in futs]
    print("first done:", states[0], "last cancelled:", states[-1], "some cancelled:", "cancelled" in states)
    print("cancelled ones form a tail:", states == sorted(states, key=lambda s: s == "cancelled"))
    try:
        futs[-1].result()
    except cf.CancelledError as e:
        print("result of a cancelled future:", type(e).__name__)
    for n in (0, -1):
        try:
            cf.ProcessPoolExecutor(max_workers=n)
        except ValueError as e:
            print("ValueError:", e)
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        it = ex.map(slow, [0.5, 0.6])
    print("with block waited:", list(it))
