# Covers: strict turn-taking between threads with a Condition and a shared "turn" variable
# (wait_for + notify_all): odd/even printers and a three-way round robin. The output order is
# fixed by the synchronisation alone, without any sleep.
import threading

cond = threading.Condition()
turn = 0


def printer(parity, limit):
    global turn
    for n in range(parity, limit, 2):
        with cond:
            cond.wait_for(lambda: turn % 2 == parity)
            print(threading.current_thread().name, n)
            turn += 1
            cond.notify_all()


odd = threading.Thread(target=printer, args=(1, 10), name="odd ")
even = threading.Thread(target=printer, args=(0, 10), name="even")
odd.start()
even.start()
odd.join()
even.join()

order = []
slot = 0


def rotator(index, rounds, names):
    global slot
    for r in range(rounds):
        with cond:
            cond.wait_for(lambda: slot % len(names) == index)
            order.append(f"{names[index]}{r}")
            slot += 1
            cond.notify_all()


names = ["A", "B", "C"]
threads = [threading.Thread(target=rotator, args=(i, 3, names)) for i in range(3)][::-1]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(" ".join(order))
print("turns taken:", turn, slot)
