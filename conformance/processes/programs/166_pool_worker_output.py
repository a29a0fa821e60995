# Pool workers' print() output sits in their stdout buffer (stdout is a pipe): close() + join() lets
# the workers exit normally and flush it; terminate() kills a busy worker with SIGTERM and what it
# had buffered is lost.
import multiprocessing as mp
import sys
import time

started = mp.Event()

def shout(x):
    print("worker prints", x)
    return x

def busy():
    print("busy worker: lost, never flushed")
    started.set()
    time.sleep(5)

if __name__ == "__main__":
    pool = mp.Pool(1)
    print(pool.map(shout, range(3)))
    sys.stdout.flush()
    pool.close()
    pool.join()
    print("after close/join")
    sys.stdout.flush()
    pool = mp.Pool(1)
    r = pool.apply_async(busy)
    started.wait()
    pool.terminate()
    pool.join()
    print("after terminate: ready", r.ready())
