# Pipe(duplex=False) returns (reader, writer); writing to the reader or reading from the writer
# raises OSError. Once every copy of the write end is closed, recv() raises EOFError; a closed
# Connection raises OSError('handle is closed').
import multiprocessing as mp

def child(r, w):
    r.close()
    for i in range(3):
        w.send(i)
    w.close()

if __name__ == "__main__":
    r, w = mp.Pipe(duplex=False)
    print("reader:", r.readable, r.writable, "writer:", w.readable, w.writable)
    try:
        r.send(1)
    except OSError as e:
        print("r.send:", e)
    try:
        w.recv()
    except OSError as e:
        print("w.recv:", e)
    p = mp.Process(target=child, args=(r, w))
    p.start()
    w.close()
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError as e:
            print("EOFError", repr(e), "after", got)
            break
    p.join()
    print("poll at EOF:", r.poll())
    r.close()
    print("closed:", r.closed)
    for op in (r.recv, r.poll, lambda: r.send(1), r.fileno):
        try:
            op()
        except OSError as e:
            print("OSError:", e)
    r.close()
    print("closing twice is fine")
