# Subclassing Process: run() executes in the child; the instance there is a copy.
import multiprocessing as mp

class Worker(mp.Process):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))
        print(self.name, "computed", self.result)

if __name__ == "__main__":
    workers = [Worker(n) for n in (10, 100, 1000)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print([w.result for w in workers], [w.exitcode for w in workers])
