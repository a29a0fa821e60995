# Under spawn, instances of classes defined in the main script travel by reference to
# __main__.ClassName; the child re-imports the script (as __mp_main__, aliased to __main__).
import multiprocessing as mp
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

    def norm1(self):
        return abs(self.x) + abs(self.y)

def work(q, pts):
    q.put([(type(p).__module__, p.norm1(), p) for p in pts])

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=work, args=(q, [Point(1, -2), Point(3, 4)]))
    p.start()
    for item in q.get():
        print(item)
    p.join()
    print("exitcode", p.exitcode)
