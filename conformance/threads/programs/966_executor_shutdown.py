# Covers: shutdown(wait=True) waits for running work; submit after shutdown raises RuntimeError
# ("cannot schedule new futures after shutdown"); shutdown(cancel_futures=True) cancels the
# queued futures; Future.cancel on a pending vs a running future; worker thread names from
# thread_name_prefix and the default "ThreadPoolExecutor-N_M"; the default max_workers
# (min(32, os.cpu_count() + 4)).
import concurrent.futures as cf
import os
import threading
import time

ex = cf.ThreadPoolExecutor(max_workers=1)
running = ex.submit(time.sleep, 0.1)
queued = [ex.submit(time.sleep, 0.1) for _ in range(3)]
time.sleep(0.02)
print('cancel running:', running.cancel(), 'cancel queued:', queued[0].cancel())
print(queued[0].cancelled(), queued[0].done())
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in queued], running.done())
try:
    ex.submit(print, 'never')
except RuntimeError as e:
    print('RuntimeError:', e)

with cf.ThreadPoolExecutor() as ex2:
    print(ex2._max_workers == min(32, os.cpu_count() + 4))
    print(ex2.submit(lambda: threading.current_thread().name).result())
with cf.ThreadPoolExecutor(thread_name_prefix='dl') as ex3:
    print(ex3.submit(lambda: threading.current_thread().name).result())
