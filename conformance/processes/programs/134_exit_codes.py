# Process.exitcode for the ways a child ends: sys.exit with ints (taken modulo 256 by the OS),
# os._exit, a signal (negative), and a string message (printed on stderr, code 1).
import multiprocessing as mp
import os
import signal
import sys
import time

def leave(how, value):
    if how == "sys.exit":
        sys.exit(value)
    if how == "os._exit":
        os._exit(value)
    if how == "raise SystemExit":
        raise SystemExit(value)

def sleeper(ready):
    ready.set()
    time.sleep(5)

if __name__ == "__main__":
    for how, value in [("sys.exit", 0), ("sys.exit", 2), ("sys.exit", 255), ("sys.exit", 256),
                       ("sys.exit", -1), ("sys.exit", "bye"), ("os._exit", 9), ("raise SystemExit", None),
                       ("raise SystemExit", True), ("return", None)]:
        p = mp.Process(target=leave, args=(how, value))
        p.start()
        p.join()
        sys.stderr.flush()
        print(f"{how}({value!r}) -> {p.exitcode}")
        sys.stdout.flush()
    for sig in (signal.SIGTERM, signal.SIGKILL, signal.SIGUSR1):
        ready = mp.Event()
        p = mp.Process(target=sleeper, args=(ready,))
        p.start()
        ready.wait()
        os.kill(p.pid, sig)
        p.join()
        print(sig.name, "->", p.exitcode)
