# Covers: a bank account system: properties, class attributes, custom exceptions, inheritance, __eq__/__lt__ with __hash__ = None.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def apply_interest(self):
        self.balance = round(self.balance * (1 + self.interest_rate), 2)

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, balance={self.balance})"

    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id

    __hash__ = None

    def __lt__(self, other):
        return self.balance < other.balance

class Savings(Account):
    interest_rate = 0.05
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("withdrawal limit reached")
        return super().withdraw(amount)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(amount, self.balance + self.overdraft)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
    def open(self, kind, owner, **kw):
        acct = kind(owner, **kw)
        self.accounts[acct.id] = acct
        return acct
    def __len__(self): return len(self.accounts)
    def __iter__(self): return iter(sorted(self.accounts.values()))
    def __getitem__(self, id_): return self.accounts[id_]
    def __contains__(self, acct): return acct.id in self.accounts
    def total(self): return sum(a.balance for a in self.accounts.values())

bank = Bank("First")
a = bank.open(Savings, "ann", balance=100)
b = bank.open(Checking, "bob", balance=50, overdraft=25)
c = bank.open(Account, "cy")
a.deposit(50).withdraw(20)
b.withdraw(70)
print(a, b, c)
print(len(bank), bank.total(), a in bank, [x.owner for x in bank])
for op in [lambda: b.withdraw(10), lambda: a.withdraw(1), lambda: a.withdraw(1),
           lambda: c.deposit(-5), lambda: setattr(c, 'balance', -1), lambda: bank[9999]]:
    try:
        op()
        print("ok")
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed, e.available, e.args)
    except (ValueError, PermissionError, KeyError) as e:
        print(type(e).__name__ + ":", e)
a.apply_interest(); print(a.balance)
print(a == bank[a.id], a != b, sorted([a, b, c]))
try:
    {a}
except TypeError as e:
    print(e)
print(a.history, Account._next_id, Savings.interest_rate, Checking.interest_rate)
print(isinstance(a, Account), issubclass(Checking, Savings), type(b).__mro__[1].__name__)
print(vars(c))
