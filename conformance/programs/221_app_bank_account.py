# Realistic learner program: bank-account simulation with classes, inheritance, custom exceptions,
# class-level counters, properties, transaction history, and a final report.

class BankError(Exception):
    """Base class for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance:.2f}, cannot withdraw {amount:.2f}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class InvalidAmount(BankError, ValueError):
    pass


class Transaction:
    _next_id = 1

    def __init__(self, kind, amount, balance_after, note=""):
        self.id = Transaction._next_id
        Transaction._next_id += 1
        self.kind = kind
        self.amount = amount
        self.balance_after = balance_after
        self.note = note

    def __repr__(self):
        return f"Transaction(#{self.id}, {self.kind}, {self.amount:.2f})"

    def __str__(self):
        sign = "+" if self.kind in ("deposit", "interest", "transfer-in") else "-"
        note = f"  ({self.note})" if self.note else ""
        return f"#{self.id:03d} {self.kind:<12} {sign}{self.amount:>9.2f}  = {self.balance_after:>10.2f}{note}"


class Account:
    _count = 0
    bank_name = "Interleave Savings"

    def __init__(self, owner, opening=0.0):
        Account._count += 1
        self.number = f"AC{Account._count:04d}"
        self.owner = owner
        self._balance = 0.0
        self.frozen = False
        self.history = []
        if opening:
            self.deposit(opening, note="opening deposit")

    @property
    def balance(self):
        return self._balance

    @staticmethod
    def _check_amount(amount):
        if not isinstance(amount, (int, float)) or amount <= 0:
            raise InvalidAmount(f"invalid amount: {amount!r}")

    def _record(self, kind, amount, note=""):
        t = Transaction(kind, amount, self._balance, note)
        self.history.append(t)
        return t

    def deposit(self, amount, note=""):
        self._check_amount(amount)
        if self.frozen:
            raise AccountFrozen(f"{self.number} is frozen")
        self._balance += amount
        return self._record("deposit", amount, note)

    def withdraw(self, amount, note=""):
        self._check_amount(amount)
        if self.frozen:
            raise AccountFrozen(f"{self.number} is frozen")
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        return self._record("withdraw", amount, note)

    def available(self):
        return self._balance

    def month_end(self):
        pass

    def statement(self):
        lines = [f"{self.bank_name} - {type(self).__name__} {self.number} ({self.owner})"]
        lines += ["  " + str(t) for t in self.history]
        lines.append(f"  closing balance: {self.balance:,.2f}")
        return "\n".join(lines)

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, balance={self.balance:.2f})"


class SavingsAccount(Account):
    def __init__(self, owner, opening=0.0, rate=0.02):
        super().__init__(owner, opening)
        self.rate = rate

    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        if interest > 0:
            self._balance += interest
            self._record("interest", interest, f"{self.rate:.1%} p.a.")


class CheckingAccount(Account):
    def __init__(self, owner, opening=0.0, overdraft=100.0, fee=2.5):
        super().__init__(owner, opening)
        self.overdraft = overdraft
        self.fee = fee

    def available(self):
        return self._balance + self.overdraft

    def month_end(self):
        if self._balance < 0:
            self._balance -= self.fee
            self._record("fee", self.fee, "overdraft fee")


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        print(f"opened {acct!r} as {acct.number}")
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount, note=f"to {dst.number}")
        except BankError as e:
            print(f"transfer failed: {type(e).__name__}: {e}")
            return False
        dst._balance += amount
        dst._record("transfer-in", amount, f"from {src.number}")
        return True

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total_deposits(self):
        return sum(a.balance for a in self.accounts.values())

    def richest(self):
        return max(self.accounts.values(), key=lambda a: a.balance)


bank = Bank()
alice = bank.open(SavingsAccount, "Alice", 1000, rate=0.05)
bob = bank.open(CheckingAccount, "Bob", 50)
carol = bank.open(Account, "Carol")

operations = [
    (alice.deposit, 250.5),
    (bob.withdraw, 120),
    (bob.withdraw, 100),
    (carol.deposit, -5),
    (carol.deposit, "ten"),
    (carol.deposit, 75),
    (alice.withdraw, 2000),
]
for op, amount in operations:
    owner = op.__self__.owner
    try:
        t = op(amount)
        print(f"{owner}: {op.__name__}({amount}) ok -> {t!r}")
    except InsufficientFunds as e:
        print(f"{owner}: insufficient funds: {e} (short by {e.amount - e.account.available():.2f})")
    except InvalidAmount as e:
        print(f"{owner}: {e} | is ValueError: {isinstance(e, ValueError)}")

print(bank.transfer(alice, carol, 300))
print(bank.transfer(carol, bob, 1000))
carol.frozen = True
try:
    carol.deposit(1)
except AccountFrozen as e:
    print("frozen:", e)
carol.frozen = False
for month in range(1, 4):
    bank.month_end()
    print(f"after month {month}: " + ", ".join(f"{a.owner}={a.balance:.2f}" for a in bank.accounts.values()))

for acct in bank.accounts.values():
    print(acct.statement())
print(f"total deposits: {bank.total_deposits():,.2f}")
print("richest:", bank.richest())
print("transactions:", sum(len(a.history) for a in bank.accounts.values()))
print([c.__name__ for c in InvalidAmount.__mro__])
