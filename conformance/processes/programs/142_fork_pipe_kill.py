# os.fork with os.pipe: the child writes, the parent reads until EOF (after closing its own write
# end); os.kill + waitpid: WNOHANG while it runs, WIFSIGNALED/WTERMSIG after SIGTERM.
import os
import signal
import time

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    for i in range(3):
        os.write(w, f"line {i}\n".encode())
    os.close(w)
    os._exit(0)
os.close(w)
chunks = []
while True:
    data = os.read(r, 4)
    if not data:
        break
    chunks.append(data)
os.close(r)
print(b"".join(chunks).decode(), end="")
_, status = os.waitpid(pid, 0)
print("clean exit:", os.WIFEXITED(status), os.WEXITSTATUS(status))

ready_r, ready_w = os.pipe()
pid = os.fork()
if pid == 0:
    os.write(ready_w, b"x")
    time.sleep(10)
    os._exit(0)
os.read(ready_r, 1)
print("WNOHANG while running:", os.waitpid(pid, os.WNOHANG))
os.kill(pid, signal.SIGTERM)
wpid, status = os.waitpid(pid, 0)
print("signaled:", os.WIFSIGNALED(status), "by", signal.Signals(os.WTERMSIG(status)).name,
      "exited:", os.WIFEXITED(status), "exit code:", os.waitstatus_to_exitcode(status))
try:
    os.kill(pid, 0)
except ProcessLookupError as e:
    print("kill after reaping:", type(e).__name__, e)
