# A worker's exception comes back through Future.exception()/result() and map(); its __cause__ is
# a concurrent.futures.process._RemoteTraceback; uncaught, both tracebacks are printed (stderr).
import concurrent.futures as cf

def parse(s):
    return int(s)

if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(parse, "x1")
        e = f.exception()
        print(type(e).__name__, e)
        print("cause:", type(e.__cause__).__module__, type(e.__cause__).__name__)
        print("done:", f.done(), "cancelled:", f.cancelled())
        results = ex.map(parse, ["1", "2", "three", "4"])
        print(next(results), next(results))
        try:
            next(results)
        except ValueError as e:
            print("map:", e)
        last = ex.submit(parse, "four")
        cf.wait([last])
        last.result()
