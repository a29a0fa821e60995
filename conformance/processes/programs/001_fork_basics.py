# os.fork: the child gets a copy of the parent's memory; waitpid reports its exit status.
import os
import sys

data = {"items": [1, 2, 3]}
print("before fork")
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    data["items"].append("child")
    print("child sees", data)
    sys.stdout.flush()
    os._exit(7)
data["items"].append("parent")
wpid, status = os.waitpid(pid, 0)
print("waited for the child:", wpid == pid)
print("status", status, "exited", os.WIFEXITED(status), "code", os.WEXITSTATUS(status))
print("exit code", os.waitstatus_to_exitcode(status))
print("parent sees", data)
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print("again:", e)
