# Queue.put() only appends to a buffer: the feeder thread pickles the item later, so a mutation
# made before it pickles travels with the item. SimpleQueue.put() pickles at once in the caller.
import multiprocessing as mp
import threading

release = threading.Event()

class Item:
    def __init__(self, wait):
        self.data = [1]
        self.wait = wait

    def __getstate__(self):
        if self.wait:
            release.wait()
        print("pickled in", threading.current_thread().name, "with", self.data)
        return {"data": self.data, "wait": False}

if __name__ == "__main__":
    q = mp.Queue()
    item = Item(wait=True)
    q.put(item)
    print("put returned; mutating")
    item.data.append(2)
    release.set()
    print("received:", q.get().data)

    sq = mp.SimpleQueue()
    item = Item(wait=False)
    sq.put(item)
    print("put returned; mutating")
    item.data.append(2)
    print("received:", sq.get().data)

    q2 = mp.Queue()
    lst = [1, 2]
    q2.put(lst)
    got = q2.get()
    print("a copy:", got == lst, got is lst)
