# Covers: uncaught AttributeError with ^^^^ markers on attribute access and the 3.11 "Did you mean" suggestion.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

acct = Account("ann")
print(acct.owner)
print(acct.balanse)
