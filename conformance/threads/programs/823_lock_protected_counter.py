# Covers: a shared counter protected by a Lock; 4 threads x 5000 increments always give
# exactly 20000 (the printed order of the joins is fixed; timings are not printed).
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            current = self.balance
            self.balance = current + amount


threads = [threading.Thread(target=add, args=(5000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)

acct = Account()
workers = [threading.Thread(target=lambda: [acct.deposit(2) for _ in range(2500)]) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("balance:", acct.balance)
print("lock free:", not lock.locked(), not acct.lock.locked())
