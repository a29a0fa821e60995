# Covers: add_done_callback runs in the worker thread when the future finishes, and at once in
# the caller's thread when it is already done; callbacks run in the order added; an exception
# in a callback is logged by concurrent.futures' logger ("exception calling callback for ...")
# and does not stop the others; a logging.Handler subclass receives the record.
import concurrent.futures as cf
import logging
import threading
import time


class Recorder(logging.Handler):
    # The logged message contains the future's repr (with an address): print its parts instead.
    def emit(self, record):
        print('logged:', record.levelname, record.name, record.msg, record.exc_info[0].__name__, record.exc_info[1])


logging.getLogger('concurrent.futures').addHandler(Recorder())

def who(tag):
    def cb(f):
        print(tag, f.result(), threading.current_thread().name)
    return cb

def bad_cb(f):
    raise ValueError('callback failed')

with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix='pool') as ex:
    f = ex.submit(time.sleep, 0.05)
    f.add_done_callback(who('first'))
    f.add_done_callback(who('second'))
    time.sleep(0.1)
    f.add_done_callback(who('late'))
    g = ex.submit(lambda: 7)
    g.result()
    g.add_done_callback(bad_cb)
    g.add_done_callback(who('after-bad'))
