# Covers: a thread's uncaught exception (reported by threading.excepthook, exit status
# unaffected) followed by an uncaught exception in the main thread (exit status 1); both
# tracebacks go to stderr, the thread's first.
import threading
import time


def validate(record):
    if "id" not in record:
        raise LookupError(f"record without id: {record}")
    return record["id"]


def checker(records):
    for r in records:
        print("checked", validate(r))


t = threading.Thread(target=checker, args=([{"id": 1}, {"name": "x"}, {"id": 3}],), name="checker")
t.start()
time.sleep(0.1)
print("checker alive:", t.is_alive())
total = sum(validate(r) for r in [{"id": 10}, {}])
print("never printed", total)
