# A worker process serving requests over a duplex Pipe until it receives None; exceptions are sent
# back as values; the parent sees EOFError once the worker has exited and closed its end.
import multiprocessing as mp

def server(conn):
    handled = 0
    while True:
        req = conn.recv()
        if req is None:
            break
        op, a, b = req
        try:
            conn.send(("ok", {"add": a + b, "div": a / b if op == "div" else None}[op]))
        except Exception as e:
            conn.send(("error", e))
        handled += 1
    conn.send(("bye", handled))
    conn.close()

if __name__ == "__main__":
    parent, child = mp.Pipe()
    p = mp.Process(target=server, args=(child,))
    p.start()
    child.close()
    for req in [("add", 2, 3), ("div", 1, 4), ("div", 1, 0), ("mul", 2, 2), ("add", "a", "b")]:
        parent.send(req)
        status, value = parent.recv()
        print(req, "->", status, repr(value))
    parent.send(None)
    print(parent.recv())
    p.join()
    try:
        parent.recv()
    except EOFError:
        print("EOFError: the worker closed its end")
    print("exitcode", p.exitcode)
