# Covers: the daemon flag: default False from the main thread, inherited from the creating
# thread, explicit daemon=, the setter before start, RuntimeError after start.
import threading

print("main daemon:", threading.main_thread().daemon)
t = threading.Thread(target=lambda: None)
print("default:", t.daemon)
t.daemon = True
print("after setter:", t.daemon)
print("explicit False:", threading.Thread(daemon=False).daemon)
print("explicit True:", threading.Thread(daemon=True).daemon)

seen = {}


def creator(key):
    # a thread created inside a thread inherits that thread's daemon flag
    child = threading.Thread(target=lambda: None)
    seen[key] = (threading.current_thread().daemon, child.daemon,
                 threading.Thread(target=lambda: None, daemon=False).daemon)


d = threading.Thread(target=creator, args=("from daemon",), daemon=True)
d.start()
d.join()
n = threading.Thread(target=creator, args=("from non-daemon",))
n.start()
n.join()
for key in sorted(seen):
    print(key, seen[key])

gate = threading.Event()
r = threading.Thread(target=gate.wait, daemon=True)
r.start()
try:
    r.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
gate.set()
r.join()
print("after join:", r.daemon, r.is_alive())
# a stopped thread is no longer active, but the flag still cannot be changed
try:
    r.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
