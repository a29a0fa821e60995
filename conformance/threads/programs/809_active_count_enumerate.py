# Covers: active_count() and enumerate() while threads are blocked, after they stop;
# not-yet-started threads are not listed.
import threading

gate = threading.Event()
threads = [threading.Thread(target=gate.wait, name=f"waiter-{i}") for i in range(3)]
print(threading.active_count(), [t.name for t in threading.enumerate()])
for t in threads:
    t.start()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(threading.enumerate()[0] is threading.main_thread())
late = threading.Thread(target=gate.wait, name="not-started")
print("not-started" in [t.name for t in threading.enumerate()])
gate.set()
for t in threads:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(type(threading.enumerate()).__name__)
