# Covers: uncaught custom exception class defined in __main__ (name printed without module prefix) with a custom __str__.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available

    def __str__(self):
        return f"need {self.needed}, only {self.available} available"

def pay(amount, wallet):
    if amount > wallet:
        raise InsufficientFunds(amount, wallet)
    return wallet - amount

print(pay(5, 10))
print(pay(50, 10))
