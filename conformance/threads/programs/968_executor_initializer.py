# Covers: ThreadPoolExecutor(initializer=, initargs=) runs once per worker thread; an
# initializer that raises breaks the pool: pending futures fail with BrokenThreadPool and new
# submissions raise it too; the exception is logged ("Exception in initializer:").
import concurrent.futures as cf
from concurrent.futures.thread import BrokenThreadPool
import threading

local = threading.local()

def init(tag):
    local.tag = tag

with cf.ThreadPoolExecutor(max_workers=2, initializer=init, initargs=('ready',)) as ex:
    print(ex.submit(lambda: local.tag).result())

def bad_init():
    raise OSError('no resource')

ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(print, 'never runs')
try:
    f.result()
except BrokenThreadPool as e:
    print('BrokenThreadPool:', e)
try:
    ex.submit(print, 'nope')
except BrokenThreadPool as e:
    print('submit:', e)
ex.shutdown()
