# Covers: a server thread answering requests that each carry their own reply Queue
# (request/response over queues), a client timeout with queue.Empty, and a clean shutdown
# message. The clients run one after another, so the log order is fixed.
import queue
import threading
import time

requests = queue.Queue()


def server():
    handled = 0
    while True:
        op, args, reply = requests.get()
        if op == "shutdown":
            reply.put(f"server handled {handled} requests")
            return
        handled += 1
        if op == "add":
            reply.put(("ok", sum(args)))
        elif op == "slow":
            time.sleep(0.2)
            reply.put(("ok", "slow answer"))
        else:
            reply.put(("error", f"unknown op {op!r}"))


def call(op, *args, timeout=1.0):
    reply = queue.Queue(maxsize=1)
    requests.put((op, args, reply))
    try:
        return reply.get(timeout=timeout)
    except queue.Empty:
        return ("timeout", None)


srv = threading.Thread(target=server, name="server")
srv.start()
print(call("add", 1, 2, 3))
print(call("mul", 2, 3))
print(call("slow", timeout=0.1))          # gives up; the answer comes later, unread
print(call("add", 10, 20))                 # queued behind the slow request, still answered
reply = queue.Queue()
requests.put(("shutdown", (), reply))
print(reply.get())
srv.join()
print("server alive:", srv.is_alive(), "| pending requests:", requests.qsize())
