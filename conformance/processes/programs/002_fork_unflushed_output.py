# Output still in the stdout buffer at fork time is copied into the child, so it is printed twice
# (stdout is a pipe here, so it is block-buffered). Children that return from the main module run
# the same shutdown as the parent: atexit handlers run in both.
import atexit
import os

atexit.register(lambda: print("atexit in", "child" if os.getpid() != parent else "parent"))
parent = os.getpid()
print("printed once, flushed twice")
pid = os.fork()
if pid == 0:
    print("child done")
else:
    os.waitpid(pid, 0)
    print("parent done")
