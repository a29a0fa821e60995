# The spawn start method runs a fresh interpreter that imports the main script again as
# __mp_main__: top-level code runs once more in every child, the guarded part does not.
import multiprocessing as mp
import sys

print("top level, __name__ =", __name__)
sys.stdout.flush()

def work(n):
    print("child", mp.current_process().name, "runs work", n, "in", __name__)

if __name__ == "__main__":
    mp.set_start_method("spawn")
    print(mp.get_start_method())
    sys.stdout.flush()
    for i in range(2):
        p = mp.Process(target=work, args=(i,))
        p.start()
        p.join()
        print(p.name, "exitcode", p.exitcode)
        sys.stdout.flush()
