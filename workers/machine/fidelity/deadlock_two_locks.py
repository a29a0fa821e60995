# Two locks taken in opposite orders: a deadlock.
import threading, time
lock_a = threading.Lock()
lock_b = threading.Lock()
def one():
    with lock_a:
        time.sleep(0.1)
        with lock_b:
            print('one got both')
def two():
    with lock_b:
        time.sleep(0.1)
        with lock_a:
            print('two got both')
t1 = threading.Thread(target=one); t2 = threading.Thread(target=two)
t1.start(); t2.start(); t1.join(); t2.join()
