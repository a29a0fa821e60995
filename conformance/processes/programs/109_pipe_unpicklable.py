# What Connection.send() refuses: unpicklable objects raise in the sender and nothing is sent; a
# multiprocessing Lock may only be shared by inheritance, not through a pipe.
import multiprocessing as mp
import re
import threading

def local_function():
    def inner():
        pass
    return inner

class Holder:
    def __init__(self):
        self.lock = threading.Lock()

def show(e):
    print(type(e).__module__ + "." + type(e).__name__ + ":", re.sub(r" at 0x[0-9a-f]+", "", str(e)))

if __name__ == "__main__":
    a, b = mp.Pipe()
    for obj in (lambda: 0, local_function(), threading.Lock(), Holder(), (x for x in ()), mp.Lock(), open(__file__)):
        try:
            a.send(obj)
        except Exception as e:
            show(e)
    print("anything sent?", b.poll(0.1))
    a.send(["fine", print, len, threading.Lock])
    print(b.recv())
