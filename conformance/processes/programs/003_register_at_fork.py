# os.register_at_fork: before-hooks run in reverse order, after-hooks in registration order.
import os
import sys

def hook(name):
    def f():
        print(name, "in", "parent" if os.getpid() == parent else "child")
        sys.stdout.flush()
    return f

parent = os.getpid()
os.register_at_fork(before=hook("before 1"), after_in_parent=hook("parent 1"), after_in_child=hook("child 1"))
os.register_at_fork(before=hook("before 2"), after_in_parent=hook("parent 2"), after_in_child=hook("child 2"))
try:
    os.register_at_fork()
except TypeError as e:
    print("TypeError:", e)
try:
    os.register_at_fork(before=1)
except TypeError as e:
    print("TypeError:", e)
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
print("done")
