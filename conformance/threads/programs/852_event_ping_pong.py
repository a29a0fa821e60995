# Covers: two threads passing the turn back and forth with two Events (wait, clear, set),
# five rounds each; the order is fixed by the events alone.
import threading

ping_turn = threading.Event()
pong_turn = threading.Event()
rounds = 5


def ping():
    for i in range(rounds):
        ping_turn.wait()
        ping_turn.clear()
        print("ping", i)
        pong_turn.set()


def pong():
    for i in range(rounds):
        pong_turn.wait()
        pong_turn.clear()
        print("      pong", i)
        ping_turn.set()


threads = [threading.Thread(target=pong), threading.Thread(target=ping)]
for t in threads:
    t.start()
ping_turn.set()
for t in threads:
    t.join()
print("final flags:", ping_turn.is_set(), pong_turn.is_set())
