# Covers: pickle refuses the synchronisation objects of _thread and threading (locks, RLocks,
# and objects holding them: Condition, Event, Semaphore, queue.Queue, a class with a lock
# attribute) with CPython's TypeError "cannot pickle '_thread.lock' object", for protocols 2-5;
# copy.copy of a lock fails the same way; a lock-free object state pickles after __getstate__
# drops the lock; an uncaught error at the end.
import _thread
import copy
import pickle
import queue
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()


class SafeAccount(Account):
    def __getstate__(self):
        state = self.__dict__.copy()
        del state['lock']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.Lock()


objects = [
    ('allocate_lock', _thread.allocate_lock()),
    ('Lock', threading.Lock()),
    ('RLock', threading.RLock()),
    ('Condition', threading.Condition()),
    ('Event', threading.Event()),
    ('Semaphore', threading.Semaphore(2)),
    ('Queue', queue.Queue()),
    ('Account', Account(10)),
    ('list with lock', [1, threading.Lock()]),
]
for name, obj in objects:
    for p in (2, 3, 4, 5):
        try:
            pickle.dumps(obj, p)
            print(name, p, 'pickled')
        except TypeError as e:
            print(name, p, 'TypeError:', e)

try:
    copy.copy(threading.Lock())
except TypeError as e:
    print('copy:', e)
try:
    copy.deepcopy(Account(1))
except TypeError as e:
    print('deepcopy:', e)

safe = SafeAccount(25)
data = pickle.dumps(safe)
print(data)
back = pickle.loads(data)
print(type(back).__name__, back.balance, type(back.lock).__name__, back.lock.locked())
with back.lock:
    print('new lock works', back.lock.locked())

lock = threading.Lock()
lock.acquire()
try:
    pickle.dumps(lock)
except TypeError as e:
    print('held lock:', e)
lock.release()
print(type(lock).__module__, type(lock).__qualname__)
pickle.dumps({'account': Account(5)})
