# Covers: an uncaught AttributeError on an instance attribute typo ("Did you mean" in the traceback).
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amt):
        self.balance += amt
acct = Account("ann")
acct.deposit(5)
print(acct.balanse)
