# Covers: a readers-writer lock built on a Condition (many readers or one writer, writers
# preferred once waiting). Arrivals are 0.1 s apart and every hold lasts 0.2 s, so the
# admission order is fixed; the log records (tick, event) with ticks of 0.1 s. Two readers
# admitted together by notify_all() log in either order, so the log is sorted.
import threading
import time


class RWLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writer = False
        self.writers_waiting = 0

    def acquire_read(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writer and not self.writers_waiting)
            self.readers += 1

    def release_read(self):
        with self.cond:
            self.readers -= 1
            if not self.readers:
                self.cond.notify_all()

    def acquire_write(self):
        with self.cond:
            self.writers_waiting += 1
            self.cond.wait_for(lambda: not self.writer and not self.readers)
            self.writers_waiting -= 1
            self.writer = True

    def release_write(self):
        with self.cond:
            self.writer = False
            self.cond.notify_all()


rw = RWLock()
log_lock = threading.Lock()
log = []
start = time.monotonic()
document = ["v0"]


def tick():
    return round((time.monotonic() - start) / 0.1)


def note(text):
    with log_lock:
        log.append((tick(), text))


max_readers = 0


def reader(name):
    global max_readers
    rw.acquire_read()
    with log_lock:
        max_readers = max(max_readers, rw.readers)
    note(f"{name} reads {document[-1]}")
    time.sleep(0.2)
    rw.release_read()


def writer(name, version):
    rw.acquire_write()
    note(f"{name} writes {version}")
    document.append(version)
    time.sleep(0.2)
    rw.release_write()


plan = [(reader, ("r1",)), (reader, ("r2",)), (writer, ("w1", "v1")),
        (reader, ("r3",)), (writer, ("w2", "v2")), (reader, ("r4",))]
threads = []
for fn, args in plan:
    th = threading.Thread(target=fn, args=args)
    th.start()
    threads.append(th)
    time.sleep(0.1)
for th in threads:
    th.join()
for when, text in sorted(log):
    print(f"tick {when:2d}: {text}")
print("history:", document)
print("most readers at once:", max_readers)
