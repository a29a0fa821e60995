# random re-seeds itself in a forked child (os.register_at_fork(after_in_child=_inst.seed)), so a
# child does not repeat its parent's sequence; a Random instance of your own is copied as is.
import os
import random
import sys

random.seed(42)
mine = random.Random(7)
expected_next = random.Random(42).random()
pid = os.fork()
if pid == 0:
    print("child global random repeats the parent's:", random.random() == expected_next)
    print("child own Random:", mine.random())
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print("parent global random:", random.random() == expected_next)
print("parent own Random:", mine.random())
