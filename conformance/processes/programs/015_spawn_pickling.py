# Under spawn the target and its arguments are pickled: a lambda or a lock cannot be; a Value and
# a multiprocessing Lock can be passed to the child at start.
import multiprocessing as mp
import re
import threading

def add(v, lock):
    with lock:
        v.value += 41

def show(e):
    print(type(e).__module__ + "." + type(e).__name__ + ":", re.sub(r"0x[0-9a-f]+", "0x...", str(e)))

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    for target, args in [(lambda: None, ()), (print, (threading.Lock(),))]:
        try:
            ctx.Process(target=target, args=args).start()
        except Exception as e:
            show(e)
    v = ctx.Value("i", 1)
    lock = ctx.Lock()
    p = ctx.Process(target=add, args=(v, lock))
    p.start()
    p.join()
    print("value", v.value, "exitcode", p.exitcode)
    try:
        v.get_obj().__reduce__()
    except RuntimeError as e:
        show(e)
