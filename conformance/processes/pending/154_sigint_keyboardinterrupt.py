# SIGINT is not fatal to a Python process: CPython installs signal.default_int_handler, so a child
# sent SIGINT gets KeyboardInterrupt in its main thread (here while sleeping) and may handle it;
# a handler installed with signal.signal runs instead, and SIG_IGN ignores the signal.
import multiprocessing as mp
import os
import signal
import sys
import time

def sleeper(ready):
    try:
        ready.set()
        time.sleep(5)
    except KeyboardInterrupt:
        print("child: KeyboardInterrupt")
        sys.exit(130)

def with_handler(ready):
    signal.signal(signal.SIGUSR1, lambda signum, frame: print("handler got", signal.Signals(signum).name))
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    ready.set()
    time.sleep(0.3)
    print("child: slept through SIGTERM")

if __name__ == "__main__":
    print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    for target, sigs in ((sleeper, [signal.SIGINT]), (with_handler, [signal.SIGUSR1, signal.SIGTERM])):
        ready = mp.Event()
        p = mp.Process(target=target, args=(ready,))
        p.start()
        ready.wait()
        for sig in sigs:
            os.kill(p.pid, sig)
        p.join()
        print(target.__name__, "exitcode", p.exitcode)
        sys.stdout.flush()
