# Exit codes: 0, 1 after an uncaught exception (reported as "Process Name:" and a traceback),
# sys.exit(n), sys.exit("message"), -15 after terminate(), -9 after kill().
import multiprocessing as mp
import sys
import time

def ok():
    pass

def fails():
    raise ValueError("bad input")

def exits(code):
    sys.exit(code)

def sleeps():
    time.sleep(10)

if __name__ == "__main__":
    for target, args in [(ok, ()), (fails, ()), (exits, (3,)), (exits, ("stopping",)), (exits, (None,))]:
        p = mp.Process(target=target, args=args)
        p.start()
        p.join()
        sys.stderr.flush()
        print(target.__name__, args, "->", p.exitcode)
    p = mp.Process(target=sleeps)
    p.start()
    p.join(timeout=0.2)
    print("after join(0.2): alive", p.is_alive(), "exitcode", p.exitcode)
    p.terminate()
    p.join()
    print("terminated:", p.exitcode, p.is_alive())
    k = mp.Process(target=sleeps, daemon=True)
    k.start()
    k.kill()
    k.join()
    print("killed:", k.exitcode, "daemon:", k.daemon)
    k.close()
    try:
        k.is_alive()
    except ValueError as e:
        print("ValueError:", e)
