# A worker's exception is re-raised in the parent by get()/map(); its __cause__ is a
# multiprocessing.pool.RemoteTraceback holding the worker's formatted traceback.
import multiprocessing as mp
import re

def f(x):
    return 1.0 / (x - 5.0)

class Custom(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

def raise_custom(code):
    raise Custom(code)

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        try:
            pool.map(f, range(10))
        except ZeroDivisionError as e:
            cause = e.__cause__
            print(type(e).__name__, e, "| cause:", type(cause).__module__, type(cause).__name__)
            text = re.sub(r'File ".*?/multiprocessing/', 'File "MP/', str(cause))
            print(text)
            print("traceback kept:", e.__traceback__ is not None)
        r = pool.apply_async(raise_custom, (42,))
        try:
            r.get()
        except Custom as e:
            print("Custom with code", e.code, "args", e.args)
        print("successful:", r.successful())
        print("map keeps working:", pool.map(f, [4, 6]))
