# Several producer processes feed one Queue and consumer processes drain it, stopping at a
# sentinel each; results are sorted because arrival order between processes varies.
import multiprocessing as mp

def produce(q, who, n):
    for i in range(n):
        q.put((who, i, i * i))

def consume(q, results):
    total = 0
    count = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item[2]
        count += 1
        results.put(item)
    results.put(("done", count, total))

if __name__ == "__main__":
    q = mp.Queue()
    results = mp.Queue()
    producers = [mp.Process(target=produce, args=(q, w, 5)) for w in "abc"]
    consumers = [mp.Process(target=consume, args=(q, results)) for _ in range(2)]
    for p in producers + consumers:
        p.start()
    for p in producers:
        p.join()
    for _ in consumers:
        q.put(None)
    got = []
    dones = []
    while len(dones) < 2:
        item = results.get()
        (dones if item[0] == "done" else got).append(item)
    for p in consumers:
        p.join()
    print(sorted(got))
    print("items:", len(got), "counted by consumers:", sum(d[1] for d in dones), "sum:", sum(d[2] for d in dones))
    print("exitcodes:", [p.exitcode for p in producers + consumers])
    print("names:", [p.name for p in producers + consumers])
