# Pipe(): a duplex pair of Connections. send/recv pickled objects both ways, poll() with and without
# a timeout, send_bytes/recv_bytes (with offset and size), recv_bytes_into.
import multiprocessing as mp
import time

def child(conn):
    msg = conn.recv()
    conn.send(("echo", msg))
    conn.send_bytes(b"raw bytes")
    conn.send_bytes(b"0123456789", 2, 5)
    data = conn.recv_bytes()
    conn.send(len(data))
    conn.close()

if __name__ == "__main__":
    a, b = mp.Pipe()
    print(type(a).__name__, a.readable, a.writable, b.readable, b.writable)
    print("poll with nothing sent:", a.poll())
    t0 = time.monotonic()
    print("poll(0.2):", a.poll(0.2), "waited >= 0.2 s:", time.monotonic() - t0 >= 0.19)
    p = mp.Process(target=child, args=(b,))
    p.start()
    a.send({"k": [1, 2]})
    print(a.recv())
    print("poll(5) once data is coming:", a.poll(5))
    print(a.recv_bytes())
    buf = bytearray(10)
    n = a.recv_bytes_into(buf, 1)
    print(n, buf)
    a.send_bytes(bytes(1000))
    print(a.recv())
    p.join()
    print("exitcode", p.exitcode)
    a.send("to myself?")
    print("b still open in the parent:", b.recv())
    b.send(b"bytes via send")
    print(a.recv())
    b.send_bytes(b"bytes via send_bytes")
    try:
        a.recv()
    except Exception as e:
        print("recv() of non-pickle bytes:", type(e).__name__)
