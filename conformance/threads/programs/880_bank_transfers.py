# Covers: a bank with one Lock per account; transfer() takes both locks in a fixed order
# (by account number) to avoid deadlock; four teller threads run many transfers at once,
# an auditor thread sums all balances under all locks. Transfers commute and never
# overdraw, so the final balances are fixed whatever the interleaving.
import threading


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, number, owner, balance):
        self.number = number
        self.owner = owner
        self.balance = balance
        self.lock = threading.Lock()


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log_lock = threading.Lock()
        self.transfers = 0
        self.rejected = []

    def open(self, owner, balance):
        number = 100 + len(self.accounts)
        self.accounts[number] = Account(number, owner, balance)
        return number

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        first, second = sorted((a, b), key=lambda acc: acc.number)
        with first.lock:
            with second.lock:
                if a.balance < amount:
                    raise InsufficientFunds(f"{a.owner} has {a.balance}, needs {amount}")
                a.balance -= amount
                b.balance += amount
        with self.log_lock:
            self.transfers += 1

    def total(self):
        accs = sorted(self.accounts.values(), key=lambda acc: acc.number)
        for acc in accs:
            acc.lock.acquire()
        try:
            return sum(acc.balance for acc in accs)
        finally:
            for acc in reversed(accs):
                acc.lock.release()


bank = Bank()
ids = [bank.open(name, 50_000) for name in ["ana", "ben", "chen", "dita"]]
start_total = bank.total()
plan = [(ids[i % 4], ids[(i + 1 + i // 4) % 4], 1 + i % 7) for i in range(12)]
plan = [(s, d, amt) for s, d, amt in plan if s != d]


def teller(rounds, direction):
    for _ in range(rounds):
        for s, d, amt in plan:
            if direction > 0:
                bank.transfer(s, d, amt)
            else:
                bank.transfer(d, s, amt * 2)


audits = []
stop = threading.Event()


def auditor():
    while not stop.is_set():
        audits.append(bank.total() == start_total)
        stop.wait(0.001)


tellers = [threading.Thread(target=teller, args=(200, (-1) ** i), name=f"teller-{i}") for i in range(4)]
aud = threading.Thread(target=auditor, name="auditor")
aud.start()
for t in tellers:
    t.start()
for t in tellers:
    t.join()
stop.set()
aud.join()

print("transfers done:", bank.transfers)
for number, acc in sorted(bank.accounts.items()):
    print(f"  {number} {acc.owner:<5} {acc.balance:>6}")
print("total preserved:", bank.total() == start_total, bank.total())
print("every audit balanced:", all(audits), "| at least one audit:", len(audits) > 0)


def overdraw():
    try:
        bank.transfer(ids[0], ids[1], 1_000_000)
    except InsufficientFunds as e:
        bank.rejected.append(str(e))


t = threading.Thread(target=overdraw)
t.start()
t.join()
print("rejected:", bank.rejected)
bank.transfer(ids[2], ids[3], 10**9)     # raised in the main thread: uncaught
