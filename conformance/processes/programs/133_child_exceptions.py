# A child's uncaught exception is printed as "Process <name>:" and a traceback on the child's
# stderr, exit code 1; chained exceptions print both; KeyboardInterrupt gives exit code 1 too;
# the parent carries on.
import multiprocessing as mp
import sys

def inner(d):
    return d["missing"]

def fails():
    inner({})

def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("while dividing") from e

def interrupted():
    raise KeyboardInterrupt

class Job(mp.Process):
    def run(self):
        raise OSError(2, "No such file", "data.txt")

if __name__ == "__main__":
    for p in (mp.Process(target=fails), mp.Process(target=chained, name="chainer"),
              mp.Process(target=interrupted), Job()):
        p.start()
        p.join()
        sys.stderr.flush()
        print(p.name, "exitcode", p.exitcode)
        sys.stdout.flush()
    print("parent finishes normally")
