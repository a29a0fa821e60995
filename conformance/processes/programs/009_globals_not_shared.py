# Each process has its own memory: a child's changes to globals stay in the child.
import multiprocessing as mp

counter = 0
items = []

def bump():
    global counter
    counter += 10
    items.append("from child")
    print("child:", counter, items)

if __name__ == "__main__":
    counter = 1
    items.append("before start")
    p = mp.Process(target=bump)
    p.start()
    p.join()
    print("parent:", counter, items)
