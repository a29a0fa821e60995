# Covers: an app: bank accounts with an exception hierarchy (keyword-only args in __init__,
# extra attributes), transfer with raise-from and bare re-raise after compensation, status
# lines from caught exceptions, a formatted table; ends with an uncaught chained BankError.
class BankError(Exception):
    def __init__(self, message, *, account=None):
        super().__init__(message)
        self.account = account

class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"need {needed:.2f} more", account=account)
        self.needed = needed

class FrozenAccount(BankError):
    pass

class Account:
    _next = 1000
    def __init__(self, owner, balance=0.0):
        if not owner:
            raise ValueError("owner required")
        self.owner, self.balance, self.frozen = owner, float(balance), False
        self.number = Account._next
        Account._next += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self._check()
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen", account=self)

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:.2f})"

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise BankError(f"transfer of {amount} failed") from e
    try:
        dst.deposit(amount)
    except BankError:
        src.deposit(amount)
        raise

alice, bob = Account("alice", 100), Account("bob")
ops = [
    lambda: alice.deposit(50), lambda: alice.deposit(-5), lambda: alice.withdraw(500),
    lambda: transfer(alice, bob, 30), lambda: transfer(bob, alice, 1000),
    lambda: setattr(bob, "frozen", True), lambda: transfer(alice, bob, 10), lambda: Account(""),
    lambda: alice.deposit("10"),
]
for i, op in enumerate(ops):
    try:
        op()
        status = "ok"
    except InsufficientFunds as e:
        status = f"{type(e).__name__}: {e} (account {e.account.number}, needed {e.needed:.1f})"
    except BankError as e:
        cause = e.__cause__
        status = f"{type(e).__name__}: {e}" + (f" <- {type(cause).__name__}: {cause}" if cause else "")
    except (ValueError, TypeError) as e:
        status = f"{type(e).__name__}: {e}"
    print(f"op {i}: {status}")
print(alice, bob, alice.history, bob.history, sep="\n")
print(f"{'Owner':<8}|{'Number':>7}|{'Balance':>10}")
for acct in (alice, bob):
    print(f"{acct.owner:<8}|{acct.number:>7}|{acct.balance:>10,.2f}")
bob.frozen = False
transfer(bob, alice, 10 ** 6)
