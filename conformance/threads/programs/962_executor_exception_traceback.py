# Covers: an exception raised in a worker is re-raised by Future.result() in the caller; the
# uncaught traceback shows the caller's line, concurrent/futures/_base.py's frames (result and
# __get_result), then the worker's frames from thread.py's _WorkItem.run.
import concurrent.futures as cf

def parse(text):
    return int(text)

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    good = ex.submit(parse, '42')
    bad = ex.submit(parse, 'forty-two')
    print(good.result())
    print(type(bad.exception()).__name__, bad.exception())
    bad.result()
