# Covers: several threads joining the same thread at once (all return when it ends, the
# ones with a short timeout return earlier while it is still alive), a daemon thread joining
# a non-daemon one, join() of a thread that is itself blocked in join(), and is_alive() seen
# by each joiner right after its join returns. Events are 0.1 s apart.
import threading
import time

start = time.monotonic()
lock = threading.Lock()
log = []


def at():
    return round(time.monotonic() - start, 1)


def target():
    time.sleep(0.3)


def joiner(name, timeout):
    main_worker.join(timeout)
    with lock:
        log.append((at(), name, main_worker.is_alive()))


main_worker = threading.Thread(target=target, name="worker")
main_worker.start()
joiners = [threading.Thread(target=joiner, args=(f"j{i}", to), name=f"j{i}")
           for i, to in enumerate([None, 0.1, None, 0.2, 5])]
joiners.append(threading.Thread(target=joiner, args=("daemon-joiner", None), daemon=True))
for j in joiners:
    j.start()


def join_the_joiner():
    joiners[0].join()
    with lock:
        log.append((at(), "joined j0", joiners[0].is_alive()))


chain = threading.Thread(target=join_the_joiner)
chain.start()
chain.join()
for j in joiners:
    j.join()
for entry in sorted(log):
    print(entry)
print("all stopped:", not any(j.is_alive() for j in joiners + [main_worker, chain]))
