# Without `if __name__ == '__main__':` the child re-runs the code that starts a process while it
# is still importing the main module, and multiprocessing stops it with a RuntimeError.
import multiprocessing as mp

def work():
    print("work")

ctx = mp.get_context("spawn")
p = ctx.Process(target=work)
p.start()
p.join()
print("exitcode", p.exitcode)
