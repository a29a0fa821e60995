# Covers: threading.RLock: reentrancy, release count, release by a non-owner, blocking of
# other threads while owned, context manager, repr without addresses/idents.
import re
import threading

r = threading.RLock()


def show(lock):
    text = repr(lock)
    text = re.sub(r" at 0x[0-9a-f]+", "", text)
    text = re.sub(r"owner=\d{3,}", "owner=<ident>", text)
    return text


print(type(r).__name__, show(r))
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
print(show(r))
r.release()
print(show(r))

results = []


def other():
    results.append(("other acquire(False)", r.acquire(False)))
    results.append(("other acquire(timeout=0.05)", r.acquire(timeout=0.05)))
    try:
        r.release()
    except RuntimeError as e:
        results.append(("other release", str(e)))


t = threading.Thread(target=other)
t.start()
t.join()
for item in results:
    print(*item)

r.release()
r.release()
print(show(r))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with r:
    with r:
        print("nested with:", show(r))
print(show(r))

# after the owner releases fully, another thread can take it
def taker():
    with r:
        print("taker got it:", show(r))


t = threading.Thread(target=taker)
t.start()
t.join()
try:
    r.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
