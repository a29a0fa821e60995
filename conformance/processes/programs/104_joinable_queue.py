# JoinableQueue: join() waits until every put() item got a task_done(); one task_done() too
# many raises ValueError. A plain Queue has no task_done().
import multiprocessing as mp

def worker(q, done):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with done.get_lock():
            done.value += item
        q.task_done()

if __name__ == "__main__":
    q = mp.JoinableQueue()
    done = mp.Value("i", 0)
    ws = [mp.Process(target=worker, args=(q, done)) for _ in range(3)]
    for w in ws:
        w.start()
    for i in range(1, 21):
        q.put(i)
    q.join()
    print("after join, total processed:", done.value)
    for _ in ws:
        q.put(None)
    q.join()
    for w in ws:
        w.join()
    print("workers exited:", [w.exitcode for w in ws])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q.put("x")
    print(q.get())
    q.task_done()
    q.join()
    print("join with nothing unfinished returns at once")
    print("plain Queue has task_done:", hasattr(mp.Queue(), "task_done"), "- JoinableQueue:", hasattr(q, "task_done"))
